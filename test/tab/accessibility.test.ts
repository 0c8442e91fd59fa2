import { describe, expect, it } from 'vitest';
import { DSL } from '../fakes/teams-client.js';
import { deskPerFile, reportFriendRequest, seriousViolations, THEMES, tabSkipReason } from './desk-harness.js';
import { unreachableByTab } from './keyboard.js';

const skip = tabSkipReason();
if (skip) console.log(skip);

describe.skipIf(skip !== null)('the desk with axe-core and the keyboard, in light, dark and high contrast', () => {
  // Two leads, so the record shows "Assign to another lead" too.
  const desk = deskPerFile({ SAFEGUARDING_LEADS: `${DSL.aadObjectId},deputy.lead@school.example` });
  let ref = '';
  const pages = () => [
    { name: 'concerns', path: '/tab/concerns', ready: 'Concerns' },
    { name: 'record', path: `/tab/concerns/${ref}`, ready: ref },
    { name: 'overview', path: '/tab/overview', ready: 'Overview' },
    { name: 'policy', path: '/tab/policy', ready: 'Policy' },
    { name: 'channel tab set-up', path: '/tab/config', ready: 'Add the safeguarding desk' },
  ];

  it('when a page has an image with no text alternative, then the check reports it (so a pass means something)', async () => {
    const { open } = desk();
    const { page, context } = await open('/tab/concerns');
    await page.setContent('<!doctype html><html lang="en"><body><main><img src="data:,"></main></body></html>');
    const found = await seriousViolations(page);
    expect(found.map((v) => v.id)).toContain('image-alt');
    await context.close();
  });

  it('when each page is opened in each theme, then axe finds no serious or critical violation', async () => {
    const { bot, open } = desk();
    ref = await reportFriendRequest(bot);
    const found: string[] = [];
    for (const theme of THEMES) {
      for (const p of pages()) {
        const { page, context } = await open(p.path, { theme });
        await page.getByRole('heading', { level: 1, name: new RegExp(p.ready) }).waitFor();
        // Not 'networkidle': the concerns list asks every 400 ms. Loaded means no spinner is left.
        await page.locator('.fui-Spinner').waitFor({ state: 'detached' });
        await expect(page.evaluate('document.documentElement.dataset.theme')).resolves.toBe(theme);
        for (const v of await seriousViolations(page))
          found.push(`${theme} ${p.name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.join(' | ')}`);
        await context.close();
      }
    }
    expect(found).toEqual([]);
  }, 240_000);

  it('when the DSL tabs through each page, then every control is reached', async () => {
    const { bot, open } = desk();
    if (!ref) ref = await reportFriendRequest(bot);
    const missed: string[] = [];
    for (const p of pages()) {
      const { page, context } = await open(p.path);
      await page.getByRole('heading', { level: 1, name: new RegExp(p.ready) }).waitFor();
      // Not 'networkidle': the concerns list asks every 400 ms. Loaded means no spinner is left.
      await page.locator('.fui-Spinner').waitFor({ state: 'detached' });
      for (const m of await unreachableByTab(page)) missed.push(`${p.name}: ${m}`);
      await context.close();
    }
    expect(missed).toEqual([]);
  }, 240_000);

  it('when the owner opens the correction form, then axe finds no serious or critical violation in it, in each theme', async () => {
    const { open } = desk();
    const found: string[] = [];
    for (const theme of THEMES) {
      const { page, context } = await open('/tab/policy', { theme });
      await page
        .getByRole('button', { name: /^Correct / })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      for (const v of await seriousViolations(page))
        found.push(`${theme}: ${v.id} (${v.impact}) ${v.nodes.join(' | ')}`);
      await context.close();
    }
    expect(found).toEqual([]);
  });

  it('when the channel tab set-up page is opened outside Teams, then it needs no sign-in and says there is nothing to save', async () => {
    const { open } = desk();
    const { page, requests } = await open('/tab/config');
    await page.getByRole('heading', { level: 1, name: 'Add the safeguarding desk to this channel' }).waitFor();
    await page.getByText('outside Teams there is nothing to save').waitFor();
    await page.getByRole('radio', { name: 'The overview' }).check();
    expect(requests.filter((u) => u.includes('/api/'))).toEqual([]);
  });

  it('when a nav button has focus and Space is pressed, then it opens its page', async () => {
    const { open } = desk();
    const { page } = await open('/tab/concerns');
    const overview = page.getByRole('button', { name: 'Overview' });
    await overview.waitFor();
    await overview.focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await expect(overview.getAttribute('aria-current')).resolves.toBe('page');
  });
});
