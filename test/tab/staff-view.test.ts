import { describe, expect, it } from 'vitest';
import { STAFF, type TeamsUser } from '../fakes/teams-client.js';
import { deskPerFile, reportFriendRequest, tabSkipReason } from './desk-harness.js';

const skip = tabSkipReason();
if (skip) console.log(skip);

/** With no safeguarding leads configured, local mode's desk user is a member of staff ("local-user"). */
const ME: TeamsUser = {
  id: '29:1local-user',
  aadObjectId: 'local-user',
  name: 'Local user',
  userPrincipalName: 'local.user@school.example',
};

describe.skipIf(skip !== null)('the desk for a member of staff who is not a lead (Chromium, real server)', () => {
  const desk = deskPerFile({ SAFEGUARDING_LEADS: '' });

  it('when staff open the desk, then they see only their own reports, no overview or policy, and no actions on a record', async () => {
    const { bot, open } = desk();
    const mine = await reportFriendRequest(bot, { user: ME });
    const theirs = await reportFriendRequest(bot, { user: STAFF });
    const { page, errors } = await open('/tab/concerns');
    await page.getByRole('heading', { level: 1, name: 'My reports' }).waitFor();
    await page.getByRole('link', { name: mine }).waitFor();
    await expect(page.getByRole('link', { name: theirs }).count()).resolves.toBe(0);
    const nav = page.getByRole('navigation', { name: 'Desk pages' });
    await expect(nav.getByRole('button').allTextContents()).resolves.toEqual(['My reports']);
    await expect(page.getByRole('checkbox', { name: 'Assigned to me' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: mine }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(mine) }).waitFor();
    await page.getByText('No actions are open to your role.').waitFor();
    await expect(page.getByRole('heading', { name: 'Notes' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Export PDF' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it("when staff open someone else's record or the overview by its address, then the desk says it is not for them", async () => {
    const { bot, open } = desk();
    const theirs = await reportFriendRequest(bot, { user: STAFF });
    const record = await open(`/tab/concerns/${theirs}`);
    await record.page
      .getByRole('alert')
      .or(record.page.getByText(/Not found|Not for your role/))
      .first()
      .waitFor();
    await expect(record.page.getByText(/Friend request from a pupil/).count()).resolves.toBe(0);
    const overview = await open('/tab/overview');
    await overview.page.getByText('Not for your role').waitFor();
  });
});
