import { describe, expect, it } from 'vitest';
import { cardTexts } from '../fakes/fake-connector.js';
import { alertPosts, latestCard, updatesOf } from '../support/alerts.js';
import {
  deskPerFile,
  reportFriendRequest,
  setAlertsChannel,
  tabSkipReason,
  waitForOutboxDrained,
} from './desk-harness.js';
import { tabTo } from './keyboard.js';

const skip = tabSkipReason();
if (skip) console.log(skip);

const MARKUP = '<b>bold</b> <img src=x onerror="window.__owned=1"> [link](https://example.com) @Everyone';

describe.skipIf(skip !== null)("a concern's record in the desk (Chromium, real server in local mode)", () => {
  const desk = deskPerFile();

  it('when the DSL opens a record, then its facts and chronology show, and what the reporter typed is text, never markup', async () => {
    const { bot, open } = desk();
    const ref = await reportFriendRequest(bot, { anythingElse: MARKUP });
    const { page, errors } = await open(`/tab/concerns/${ref}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(ref) }).waitFor();
    await page.getByRole('heading', { name: 'What was reported' }).waitFor();
    await page.getByRole('table', { name: 'Chronology' }).waitFor();
    await page.getByText(MARKUP, { exact: false }).first().waitFor();
    await expect(page.locator('main b, main img, main a[href^="https://example.com"]').count()).resolves.toBe(0);
    await expect(page.evaluate('window.__owned')).resolves.toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('when the DSL acknowledges in the tab with the keyboard, then the record and the channel card both say so', async () => {
    const { bot, open } = desk();
    await setAlertsChannel(bot);
    const ref = await reportFriendRequest(bot);
    await waitForOutboxDrained(bot.store);
    const alert = alertPosts(bot.connector).find((a) => JSON.stringify(a.activity).includes(ref));
    expect(alert).toBeDefined();
    const { page } = await open(`/tab/concerns/${ref}`);
    const acknowledge = page.getByRole('button', { name: 'Acknowledge' });
    await acknowledge.waitFor();
    await tabTo(page, acknowledge);
    await page.keyboard.press('Space');
    await page
      .getByRole('table', { name: 'Chronology' })
      .getByText(/Acknowledged/)
      .first()
      .waitFor();
    await bot.connector.waitForActivity(() => updatesOf(bot.connector, alert!.activityId).length > 0, 5_000);
    expect(cardTexts(latestCard(bot, alert!)).join(' ')).toMatch(/Acknowledged/);
  });

  it('when the DSL closes without a rationale, then the form says why and sends nothing; with one, then the decision is recorded', async () => {
    const { bot, open } = desk();
    const ref = await reportFriendRequest(bot);
    const { page } = await open(`/tab/concerns/${ref}`);
    const close = page.getByRole('button', { name: 'Close concern' });
    await close.waitFor();
    await page.getByRole('combobox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'No further action' }).click();
    await close.click();
    await page.getByText('Say why: the rationale is part of the record (KCSIE).').waitFor();
    await page.getByLabel('Rationale').fill('Spoke to the teacher; below the LADO threshold.');
    await close.click();
    const decisions = page.getByRole('table', { name: 'Decisions' });
    await decisions.waitFor();
    await expect(decisions.textContent()).resolves.toContain('Spoke to the teacher; below the LADO threshold.');
    await page.getByText('This concern is closed.').waitFor();
  });

  it('when the DSL adds a note, then it shows under Notes and the box is emptied', async () => {
    const { bot, open } = desk();
    const ref = await reportFriendRequest(bot);
    const { page } = await open(`/tab/concerns/${ref}`);
    const note = page.getByLabel('Note', { exact: true });
    await note.waitFor();
    await note.fill('Phoned the form tutor.\nSecond line stays a line.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Phoned the form tutor.' }).waitFor();
    await expect(note.inputValue()).resolves.toBe('');
  });

  it('when the DSL exports the record, then a PDF downloads', async () => {
    const { bot, open } = desk();
    const ref = await reportFriendRequest(bot);
    const { page } = await open(`/tab/concerns/${ref}`);
    const button = page.getByRole('button', { name: 'Export PDF' });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`${ref}.pdf`);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('when the reference does not exist, then the page says it was not found', async () => {
    const { open } = desk();
    const { page } = await open('/tab/concerns/SM-2026-9999');
    await page.getByText('Not found').first().waitFor();
  });
});
