import { describe, expect, it } from 'vitest';
import { fileQuickReport, missingFeature, SKIP_REASON, useSession } from './helpers/journey.js';
import { channelMentionActivity, PEOPLE, SAFEGUARDING_CHANNEL, TEAM } from './helpers/playground.js';

/**
 * Journey 6: a member of staff who is not a DSL presses Acknowledge on an alert card in the channel and is
 * politely refused; the card stays as it was.
 *
 * The signed-in person here is the teacher, who is not in SAFEGUARDING_LEADS. The DSL's one step (choosing the
 * alerts channel) is sent as the DSL through the Playground's custom-activity feature, because the page cannot
 * switch users; the teacher's report and button press happen in the browser.
 */
const missing = SKIP_REASON ? null : missingFeature(['set alerts channel', 'report post']);

describe.skipIf(SKIP_REASON !== null || missing !== null)('journey 6: someone who is not a DSL is refused', () => {
  const session = useSession({
    name: 'journey-6-non-dsl-refused',
    user: PEOPLE.teacher,
    env: { SAFEGUARDING_LEADS: PEOPLE.dsl.aadObjectId },
  });
  let ref = '';

  it('given the DSL has chosen the channel and the teacher has reported something, then the alert is in the channel', async (ctx) => {
    const s = session();
    await s.pg.openChannel(TEAM.name, SAFEGUARDING_CHANNEL.name);
    await s.pg.sendCustomActivity(channelMentionActivity(PEOPLE.dsl, 'set alerts channel', s.playground.url));
    await s.pg.waitForText(/safeguarding alerts will be posted in/);
    const reference = await fileQuickReport(s);
    if (!reference) return ctx.skip();
    ref = reference;
    await s.pg.openChannel(TEAM.name, SAFEGUARDING_CHANNEL.name);
    await s.pg.waitForCard(new RegExp(`Safeguarding concern\\s*${ref}`), 30_000);
  });

  it('when the teacher presses Acknowledge, then they are refused and the card is unchanged', async (ctx) => {
    if (!ref) return ctx.skip();
    const { pg } = session();
    const alert = () => pg.waitForCard(new RegExp(`Safeguarding concern\\s*${ref}`));
    const before = (await pg.lines(await alert())).join('\n');
    await pg.clickCardButton(await alert(), 'Acknowledge');
    await pg.waitForText(/Only the safeguarding team can act on this concern/);
    const after = (await pg.lines(await alert())).join('\n');
    expect(after).not.toMatch(/Acknowledged, /);
    expect(after).toMatch(/\bnew\b/i);
    expect(after.replace(/\s+/g, ' ')).toContain(before.replace(/\s+/g, ' ').slice(0, 200));
    await expect((await alert()).getByRole('button', { name: 'Acknowledge' }).isVisible()).resolves.toBe(true);
    await pg.screenshot('refused', await alert());
  });
});
