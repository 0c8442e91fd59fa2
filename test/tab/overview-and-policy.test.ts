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

    it('when the owner opens the policy page, then the reading shows section by section with what Boundary answers and the feedback', async () => {
      const { open } = desk();
      const { page, errors } = await open('/tab/policy');
      await page.getByRole('heading', { level: 1, name: /^Policy/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'The reading, section by section' }).waitFor();
      await expect(page.getByRole('heading', { level: 3 }).count()).resolves.toBeGreaterThan(1);
      await page.getByRole('heading', { level: 2, name: 'What Boundary answers' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Was this helpful?' }).waitFor();
      expect(errors).toEqual([]);
    });

    it('when the owner confirms an entry, then it shows as checked and the count of checked entries goes up', async () => {
      const { open } = desk();
      const { page } = await open('/tab/policy');
      const progress = page.getByText(/\d+ of \d+ entries checked/);
      await progress.waitFor();
      const before = Number((await progress.textContent())?.match(/(\d+) of/)?.[1]);
      const confirm = page.getByRole('button', { name: /^Confirm / }).first();
      const name = (await confirm.getAttribute('aria-label'))!.replace(/^Confirm /, '');
      await confirm.click();
      await page.getByText(new RegExp(`^${before + 1} of \\d+ entries checked`)).waitFor();
      const card = page
        .getByRole('group', { name, exact: true })
        .or(page.locator(`[aria-label="${name}"]`))
        .first();
      await expect(card.textContent()).resolves.toContain('Checked');
    });

    it('when the owner saves a correction the reading refuses, then the problems show and the form keeps what was chosen', async () => {
      const { open } = desk();
      const { page } = await open('/tab/policy');
      const correct = page.getByRole('button', { name: /^Correct / }).first();
      await correct.waitFor();
      await correct.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      // "may, with permission" without saying whose permission is a reading the schema refuses.
      await dialog.getByRole('combobox', { name: 'Force' }).click();
      await page.getByRole('option', { name: 'may, with permission' }).click();
      await dialog.getByLabel('Whose permission').fill('');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog
        .getByText(/permission/i)
        .filter({ hasNotText: 'Whose permission' })
        .first()
        .waitFor();
      await expect(dialog.getByRole('combobox', { name: 'Force' }).textContent()).resolves.toContain(
        'may, with permission',
      );
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    });
  },
);
