import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SentActivity } from '../fakes/fake-connector.js';
import { cardTexts } from '../fakes/fake-connector.js';
import { DSL, STAFF } from '../fakes/teams-client.js';
import { forEachDatabase, type TestDatabase } from '../store/factories.js';
import {
  type AlertsBot,
  alertPosts,
  DEPUTY,
  friendRequestReport,
  latestCard,
  pressOnAlert,
  startAlertsScenario,
  stopAlertsScenario,
  updatesOf,
  waitForAlert,
  waitForOutboxDrained,
} from '../support/alerts.js';
import { executeActions } from '../support/cards.js';

const text = (card: Record<string, unknown> | undefined) => cardTexts(card).join('\n');

forEachDatabase('the case workflow on the alert card', (factory) => {
  let db: TestDatabase;
  let bot: AlertsBot;

  beforeEach(async () => {
    ({ db, bot } = await startAlertsScenario(factory, { channelReady: true }));
  });
  afterEach(() => stopAlertsScenario({ db, bot }));

  async function reported(key = 'r-1'): Promise<{ alert: SentActivity; id: string; ref: string }> {
    const { incident } = await bot.service.submitReport(friendRequestReport(STAFF), key);
    const alert = await waitForAlert(bot, incident);
    await waitForOutboxDrained(db.store);
    return { alert, id: incident.id, ref: incident.ref };
  }

  const staffChat = () => bot.connector.activitiesTo(bot.client.personalConversationId(STAFF));

  it('when a DSL acknowledges, then their card says Acknowledged, the channel card is updated once in place, the chronology has it and the reporter is told', async () => {
    const { alert, id, ref } = await reported();
    const before = staffChat().length;
    const { card } = await pressOnAlert(bot, alert, 'Acknowledge');
    expect(text(card)).toContain('Acknowledged');
    await waitForOutboxDrained(db.store);
    const updates = updatesOf(bot.connector, alert.activityId);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.conversationId).toBe(alert.conversationId);
    expect(text(latestCard(bot, alert))).toContain('Acknowledged');
    expect(executeActions(latestCard(bot, alert)).map((a) => a.title)).not.toContain('Acknowledge');
    const events = await db.store.incidents.events(id);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['reported', 'alert_posted', 'acknowledged', 'reporter_informed']),
    );
    const told = staffChat().slice(before);
    expect(told).toHaveLength(1);
    expect(String(told[0]?.text)).toBe(
      `Your report ${ref} has been picked up by the safeguarding team. Thank you for reporting it.`,
    );
  });

  it('when a DSL assigns, notes, escalates and closes, then each updates the same card and the chronology, and the reporter hears of the closure without the rationale', async () => {
    const { alert, id, ref } = await reported();
    const assigned = await pressOnAlert(bot, alert, 'Assign to me');
    expect(text(assigned.card)).toContain(`Assigned to: ${DSL.name}`);
    const noted = await pressOnAlert(bot, alert, 'Save note', { note: 'Spoke to the teacher. *Not* a link: http://x' });
    expect(text(noted.card)).toContain('Note added');
    const escalated = await pressOnAlert(bot, alert, 'Record escalation', { escalateTo: 'lado', escalateNote: '' });
    expect(text(escalated.card)).toContain('Escalated to LADO');

    const missing = await pressOnAlert(bot, alert, 'Close the concern', {
      closeOutcome: 'referred_to_lado',
      closeRationale: '   ',
    });
    expect(text(missing.card)).toMatch(/Not saved: Say why: the rationale is required to close/);
    expect((await db.store.incidents.get(id))?.status).toBe('in_progress');

    const closed = await pressOnAlert(bot, alert, 'Close the concern', {
      closeOutcome: 'referred_to_lado',
      closeRationale: 'LADO advised; secret rationale',
    });
    expect(text(closed.card)).toContain('Closed');
    await waitForOutboxDrained(db.store);

    // Every action updated the one posted card; none posted a new one.
    expect(alertPosts(bot.connector)).toHaveLength(1);
    expect(updatesOf(bot.connector, alert.activityId).length).toBeGreaterThanOrEqual(4);
    const final = latestCard(bot, alert);
    expect(text(final)).toContain('Closed');
    expect(executeActions(final).map((a) => a.title)).toEqual(['View full record']);

    const types = (await db.store.incidents.events(id)).map((e) => e.type);
    for (const t of ['acknowledged', 'assigned', 'note_added', 'escalated', 'closed']) expect(types).toContain(t);
    const messages = staffChat().map((a) => String(a.text ?? ''));
    expect(messages).toContain(
      `Your report ${ref} has been closed by the safeguarding team. Thank you for reporting it; if anything else happens, please report again.`,
    );
    expect(messages.join('\n')).not.toContain('secret rationale');
  });

  it('when someone who is not a lead presses any button, then they are told kindly that it is for the DSL, nothing changes and each press is audited', async () => {
    const { alert, id } = await reported();
    const attempts: [string, Record<string, unknown>][] = [
      ['Acknowledge', {}],
      ['Assign to me', {}],
      ['Save note', { note: 'hello' }],
      ['Record escalation', { escalateTo: 'police' }],
      ['Close the concern', { closeOutcome: 'no_further_action', closeRationale: 'x' }],
      ['Close the concern', { closeOutcome: '', closeRationale: '' }],
      ['View full record', {}],
    ];
    for (const [title, inputs] of attempts) {
      const res = await pressOnAlert(bot, alert, title, inputs, STAFF);
      expect(res.card).toBeUndefined();
      expect(res.message).toMatch(/Only the safeguarding team can act on this concern, so nothing has changed/);
      expect(res.message).toMatch(/for the DSL and deputies/);
      // A colleague who pressed by mistake is not told they are on record.
      expect(res.message).not.toMatch(/attempt|recorded/i);
    }
    const incident = await db.store.incidents.get(id);
    expect(incident?.status).toBe('new');
    expect(incident?.assignedTo).toBeNull();
    const refused = (await db.store.audit.list({ incidentId: id })).filter((a) => a.action === 'incident.refused');
    expect(refused).toHaveLength(attempts.length);
    expect(refused.every((a) => a.actor.aadObjectId === STAFF.aadObjectId)).toBe(true);
    await waitForOutboxDrained(db.store);
    expect(updatesOf(bot.connector, alert.activityId)).toHaveLength(0);
  });

  it('when two leads press Assign to me at the same moment, then one gets it and the other is shown who has it', async () => {
    const { alert, id } = await reported();
    const [a, b] = await Promise.all([
      pressOnAlert(bot, alert, 'Assign to me', {}, DSL),
      pressOnAlert(bot, alert, 'Assign to me', {}, DEPUTY),
    ]);
    const incident = await db.store.incidents.get(id);
    const winner = incident?.assignedTo?.name;
    expect([DSL.name, DEPUTY.name]).toContain(winner);
    const loser = winner === DSL.name ? b : a;
    expect(text(loser.card)).toContain(`${winner} has already picked this up.`);
    const assigned = (await db.store.incidents.events(id)).filter((e) => e.type === 'assigned');
    expect(assigned).toHaveLength(1);
  });

  it('when a DSL views the full record, then they see the answers and chronology, the read is audited, and Back returns the alert', async () => {
    const { alert, id, ref } = await reported();
    const { card } = await pressOnAlert(bot, alert, 'View full record');
    expect(text(card)).toContain('Confidential');
    expect(text(card)).toContain('Chronology');
    const reads = (await db.store.audit.list({ incidentId: id })).filter((a) => a.action === 'incident.read');
    expect(reads).toHaveLength(1);
    const back = executeActions(card).find((x) => x.title === 'Back to the alert');
    expect(back?.data).toEqual({ incidentId: id, ref });
    const res = await bot.client.send(
      bot.client.invoke(back!.verb, back!.data, { user: DSL, where: { threadId: alert.conversationId } }),
    );
    expect(text((res.body as { value: Record<string, unknown> }).value)).toContain(`Safeguarding concern\n${ref}`);
  });

  it('when a closed concern is acted on again, then the card says it is closed and nothing changes', async () => {
    const { alert, id } = await reported();
    await pressOnAlert(bot, alert, 'Close the concern', {
      closeOutcome: 'no_further_action',
      closeRationale: 'Declined request, no contact',
    });
    const res = await bot.client.send(
      bot.client.invoke(
        'incident.note',
        { incidentId: id, ref: (await db.store.incidents.get(id))?.ref, note: 'late note' },
        { user: DSL, where: { threadId: alert.conversationId } },
      ),
    );
    expect(text((res.body as { value: Record<string, unknown> }).value)).toMatch(/This concern is closed/);
    expect((await db.store.incidents.events(id)).filter((e) => e.type === 'note_added')).toHaveLength(0);
  });
});
