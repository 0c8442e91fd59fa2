import { describe, expect, it } from 'vitest';
import { deskPerFile, reportFriendRequest, tabSkipReason } from './desk-harness.js';

const skip = tabSkipReason();
if (skip) console.log(skip);

describe.skipIf(skip !== null)(
  'the overview and the policy page in the desk (Chromium, real server in local mode)',
  () => {
    const desk = deskPerFile();

    it('when the DSL opens the overview, then open concerns by status and kind, the audit check and the monthly chart show', async () => {
      const { bot, open } = desk();
      await reportFriendRequest(bot);
      await reportFriendRequest(bot);
      const { page, errors, requests } = await open('/tab/overview');
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      const byKind = page.getByRole('table', { name: 'Kind', exact: true });
      await byKind.waitFor();
      await expect(
        byKind.getByRole('row').filter({ hasText: 'Friend request from a pupil' }).textContent(),
      ).resolves.toMatch(/\d+$/);
      await page.getByText(/Audit trail intact|audit chain does not verify/).waitFor();
      const chart = page.getByRole('figure', { name: /Concerns per month by kind/ });
      await chart.waitFor();
      // Drawn by the chart library: one bar segment per month and kind with concerns (two friend requests this
      // month make at least one), and its legend names the kind.
      await chart.locator('svg rect').first().waitFor();
      await expect(chart.locator('svg rect').count()).resolves.toBeGreaterThan(0);
      await expect(chart.textContent()).resolves.toContain('Friend request from a pupil');
      const table = page.getByRole('table', { name: 'Concerns per month by kind' });
      await expect(table.getByRole('row').count()).resolves.toBeGreaterThan(1);
      // The chart library came from this server, in its own chunk, not from a CDN.
      const origin = new URL(bot.boundary.url).origin;
      expect(requests.filter((u) => /\/tab\/chunks\/month-chart-/.test(u))).toHaveLength(1);
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
      expect(errors).toEqual([]);
    });
  },
);
