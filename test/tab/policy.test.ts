import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskPerFile, tabSkipReason } from './desk-harness.js';

const skip = tabSkipReason();
if (skip) console.log(skip);

/** Over the policy engine's own reading of (a copy of) the example policy, as `npm start` serves it. */
describe.skipIf(skip !== null)('the policy page in the desk (Chromium, real server and policy engine)', () => {
  const desk = deskPerFile();

  it('when the owner opens the policy page, then the reading shows by section, unsure entries first, with what Boundary answers', async () => {
    const { open } = desk();
    const { page, errors } = await open('/tab/policy');
    await page.getByRole('heading', { level: 1, name: /^Policy: / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'The reading, section by section' }).waitFor();
    await expect(page.getByRole('heading', { level: 3 }).count()).resolves.toBeGreaterThan(1);
    const entries = page.locator('[role="group"][aria-label^="Entry"]');
    await expect(entries.count()).resolves.toBeGreaterThan(10);
    // Where Boundary was unsure of anything, that is what the owner sees first.
    const unsure = await entries.filter({ hasText: 'Boundary is not sure' }).count();
    if (unsure > 0) await expect(entries.first().textContent()).resolves.toContain('Boundary is not sure');
    await expect(
      page.getByRole('table', { name: 'What Boundary answers per topic' }).getByRole('row').count(),
    ).resolves.toBeGreaterThan(5);
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
    await expect(page.getByRole('group', { name, exact: true }).first().textContent()).resolves.toContain('Checked');
  });

  it('when the owner saves a correction the reading refuses, then the problem shows and the form keeps it; fixed, it is saved to the reading file', async () => {
    const { bot, open } = desk();
    const { page } = await open('/tab/policy');
    const correct = page.getByRole('button', { name: /^Correct / }).first();
    await correct.waitFor();
    const name = (await correct.getAttribute('aria-label'))!.replace(/^Correct /, '');
    await correct.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // "may, with permission" without whose permission is a reading the schema refuses.
    await dialog.getByRole('combobox', { name: 'Force' }).click();
    await page.getByRole('option', { name: 'may, with permission' }).click();
    await dialog.getByLabel('Whose permission').fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('say whose permission is needed').waitFor();
    await expect(dialog.getByRole('combobox', { name: 'Force' }).textContent()).resolves.toContain(
      'may, with permission',
    );
    await dialog.getByLabel('Whose permission').fill('the Headteacher');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const entry = page.getByRole('group', { name, exact: true }).first();
    await expect(entry.textContent()).resolves.toContain('may, with permission');
    const file = join(bot.dataDir, 'policy.reading.yaml');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('permission_of: the Headteacher');
  });

  it('when the owner adds a duty with whom to tell and by when, from the keyboard, then it is saved to the reading file and shown', async () => {
    const { bot, open } = desk();
    const { page } = await open('/tab/policy');
    const correct = page.getByRole('button', { name: /^Correct / }).first();
    await correct.waitFor();
    const name = (await correct.getAttribute('aria-label'))!.replace(/^Correct /, '');
    await correct.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const before = await dialog.getByRole('group', { name: /^Duty \d+$/ }).count();
    await dialog.getByRole('button', { name: 'Add a duty' }).click();
    const n = before + 1;
    const row = dialog.getByRole('group', { name: `Duty ${n}`, exact: true });
    await row.waitFor();
    await expect(row.getByRole('combobox', { name: `Duty ${n}: what must be done` }).inputValue()).resolves.toBe(
      'tell',
    );
    await row.getByLabel(`Duty ${n}: whom to tell`).fill('the Designated Safeguarding Lead');
    await row.getByLabel(`Duty ${n}: within when`).focus();
    await page.keyboard.type('within 24 hours');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    // A sentence can hold several entries under one name, and a checked entry moves down: find it by its duty.
    await page
      .getByRole('group', { name, exact: true })
      .filter({ hasText: 'tell to the Designated Safeguarding Lead within 24 hours' })
      .waitFor();
    const file = readFileSync(join(bot.dataDir, 'policy.reading.yaml'), 'utf8');
    expect(file).toContain('to: the Designated Safeguarding Lead');
    expect(file).toContain('within: within 24 hours');
  });
});
