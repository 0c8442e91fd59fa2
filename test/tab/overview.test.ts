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
      const { page, errors } = await open('/tab/overview');
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      const byKind = page.getByRole('table', { name: 'Kind', exact: true });
      await byKind.waitFor();
      await expect(
        byKind.getByRole('row').filter({ hasText: 'Friend request from a pupil' }).textContent(),
      ).resolves.toMatch(/\d+$/);
      await page.getByText(/Audit trail intact|audit chain does not verify/).waitFor();
      const chart = page.getByRole('img', { name: /Concerns per month by kind/ });
      await chart.waitFor();
      // One bar segment per month and kind with concerns: two friend requests this month make at least one.
      await expect(chart.locator('rect[fill^="url(#desk-chart-"]').count()).resolves.toBeGreaterThan(0);
      const table = page.getByRole('table', { name: 'Concerns per month by kind' });
      await expect(table.getByRole('row').count()).resolves.toBeGreaterThan(1);
      expect(errors).toEqual([]);
    });
  },
);
