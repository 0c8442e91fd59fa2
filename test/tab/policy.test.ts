import { describe, expect, it } from 'vitest';
import { deskPerFile, tabSkipReason } from './desk-harness.js';
import { testReading } from './reading.js';

const skip = tabSkipReason();
if (skip) console.log(skip);

describe.skipIf(skip !== null)('the policy page in the desk (Chromium, real server in local mode)', () => {
  const desk = deskPerFile({}, { reading: testReading() });

  it('when the owner opens the policy page, then the reading shows by section, the uncertain entry first, with what Boundary answers and the gaps', async () => {
    const { open } = desk();
    const { page, errors } = await open('/tab/policy');
    await page.getByRole('heading', { level: 1, name: /^Policy: Example social media policy/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'The reading, section by section' }).waitFor();
    const sections = await page.getByRole('heading', { level: 3 }).allTextContents();
    // 3.2 is unsure whose permission it needs: its section comes first, and it first within it.
    expect(sections[0]).toBe('Contact with pupils');
    const first = page.getByRole('group').filter({ hasText: 'Staff may' }).first();
    await expect(first.textContent()).resolves.toContain('whose permission: the Headteacher or the DSL?');
    await page
      .getByRole('table', { name: 'What Boundary answers per topic' })
      .getByRole('cell', { name: 'Friend requests', exact: true })
      .waitFor();
    await page.getByText('Online gaming with pupils').waitFor();
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
    await expect(page.getByRole('group', { name, exact: true }).textContent()).resolves.toContain('Checked');
  });

  it('when the owner saves a correction the reading refuses, then the problem shows and the form keeps what was chosen', async () => {
    const { open } = desk();
    const { page } = await open('/tab/policy');
    const correct = page.getByRole('button', { name: 'Correct Entry 5.1' });
    await correct.waitFor();
    await correct.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // "may, with permission" without saying whose permission is a reading the schema refuses.
    await dialog.getByRole('combobox', { name: 'Force' }).click();
    await page.getByRole('option', { name: 'may, with permission' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('say whose permission is needed').waitFor();
    await expect(dialog.getByRole('combobox', { name: 'Force' }).textContent()).resolves.toContain(
      'may, with permission',
    );
    await dialog.getByLabel('Whose permission').fill('the Headteacher');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const entry = page.getByRole('group', { name: 'Entry 5.1', exact: true });
    await expect(entry.textContent()).resolves.toContain('may, with permission');
    await expect(entry.textContent()).resolves.toContain('the Headteacher');
  });
});
