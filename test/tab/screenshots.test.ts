import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { DSL } from '../fakes/teams-client.js';
import {
  deskPerFile,
  REPO,
  reportFriendRequest,
  setAlertsChannel,
  tabSkipReason,
  waitForOutboxDrained,
} from './desk-harness.js';

/**
 * The README's screenshots, taken from the real desk: `DESK_SCREENSHOTS=1 npm run test:tab -- screenshots`.
 * Off by default, so a test run does not rewrite files in the repository.
 */
const skip =
  tabSkipReason() ?? (process.env.DESK_SCREENSHOTS ? null : 'screenshots: set DESK_SCREENSHOTS=1 to take them');

describe.skipIf(skip !== null)('screenshots of the desk for the README', () => {
  const desk = deskPerFile();

  it('when asked, then the concerns list, a record and the policy page are written to docs/screenshots', async () => {
    const { bot, open } = desk();
    const dir = resolve(REPO, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await setAlertsChannel(bot);
    const first = await reportFriendRequest(bot, {
      pupil: 'Alex Pupil',
      anythingElse: 'He also liked three of my posts.',
    });
    await reportFriendRequest(bot, { pupil: 'Jo Pupil' });
    await reportFriendRequest(bot, { pupil: 'Sam Pupil' });
    await waitForOutboxDrained(bot.store);

    const record = await open(`/tab/concerns/${first}`);
    await record.page.getByRole('button', { name: 'Acknowledge' }).click();
    await record.page.getByLabel('Note', { exact: true }).fill(`Spoke to the form tutor; ${DSL.name} will follow up.`);
    await record.page.getByRole('button', { name: 'Add note' }).click();
    await record.page.getByRole('listitem').filter({ hasText: 'Spoke to the form tutor' }).waitFor();
    await record.page.screenshot({ path: resolve(dir, 'desk-record.png'), fullPage: true });

    const list = await open('/tab/concerns');
    await list.page.getByRole('link', { name: first }).waitFor();
    await list.page.screenshot({ path: resolve(dir, 'desk-concerns.png'), fullPage: true });

    const dark = await open('/tab/overview', { theme: 'dark' });
    await dark.page
      .getByRole('figure', { name: /Concerns per month/ })
      .locator('svg rect')
      .first()
      .waitFor();
    await dark.page.screenshot({ path: resolve(dir, 'desk-overview-dark.png'), fullPage: true });

    const policy = await open('/tab/policy');
    await policy.page.getByRole('heading', { level: 2, name: 'The reading, section by section' }).waitFor();
    await policy.page.screenshot({
      path: resolve(dir, 'desk-policy.png'),
      clip: { x: 0, y: 0, width: 1280, height: 1400 },
    });
  });
});
