import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_VERBS } from '../../src/alerts/alert-actions.js';
import { cardTexts } from '../fakes/fake-connector.js';
import { DSL, SAFEGUARDING_TEAM, STAFF, type TeamsUser } from '../fakes/teams-client.js';
import { fileReport } from './support/fuzz.js';
import { startTarget, type Target } from './support/target.js';

/**
 * Authorisation at the edges the workflow tests do not reach: buttons forged from a personal chat with another
 * person's incident id, a non-lead wearing the DSL's display name, a reporter asking for the full record of their
 * own report, and `my reports` never showing anyone else's. Each refusal must be audited.
 */
const COLLEAGUE: TeamsUser = {
  id: '29:1staff-bo',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000003',
  name: 'Bo Colleague',
  userPrincipalName: 'bo.colleague@school.example',
};

describe('authorisation through the real endpoint', () => {
  let target: Target;
  let staffRef: string;
  let staffIncidentId: string;

  const audit = (action: string, actor: string) => {
    const db = new SQLite(join(target.dataDir, 'boundary.sqlite'), { readonly: true });
    try {
      return (
        db.prepare('select count(*) as n from audit_log where action = ? and actor_id = ?').get(action, actor) as {
          n: number;
        }
      ).n;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    target = await startTarget();
    const filed = await fileReport(target.client, STAFF, 'friend');
    staffRef = filed.reference as string;
    await fileReport(target.client, COLLEAGUE, 'post');
    const db = new SQLite(join(target.dataDir, 'boundary.sqlite'), { readonly: true });
    staffIncidentId = (db.prepare('select id from incidents where ref = ?').get(staffRef) as { id: string }).id;
    db.close();
  }, 60_000);
  afterAll(async () => {
    await target?.dispose();
  });

  it('when a non-lead forges every alert button from their personal chat with another person’s incident id, then each is refused and audited', async () => {
    const before = audit('incident.refused', COLLEAGUE.aadObjectId);
    for (const verb of ALERT_VERBS) {
      const res = await target.client.send(
        target.client.invoke(
          verb,
          {
            incidentId: staffIncidentId,
            ref: staffRef,
            note: 'n',
            escalateTo: 'police',
            closeOutcome: 'no_further_action',
            closeRationale: 'r',
          },
          { user: COLLEAGUE },
        ),
      );
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(STAFF.name);
      expect(JSON.stringify(res.body)).not.toMatch(/Benchmark report/);
    }
    expect(audit('incident.refused', COLLEAGUE.aadObjectId) - before).toBe(ALERT_VERBS.length);
  });

  it('when a non-lead uses the DSL’s display name, then they are still refused: leads are known by Entra id, not name', async () => {
    const impostor: TeamsUser = { ...COLLEAGUE, name: DSL.name };
    const res = await target.client.send(
      target.client.invoke(
        'incident.acknowledge',
        { incidentId: staffIncidentId, ref: staffRef },
        { user: impostor, where: { threadId: target.client.channelThreadId(SAFEGUARDING_TEAM) } },
      ),
    );
    expect(JSON.stringify(res.body)).toMatch(/Only the safeguarding team/);
  });

  it('when a reporter asks for the full record of their own report, then they are refused and it is audited (reporters see status only)', async () => {
    const before = audit('incident.refused', STAFF.aadObjectId);
    const res = await target.client.send(
      target.client.invoke('incident.view', { incidentId: staffIncidentId, ref: staffRef }, { user: STAFF }),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/Benchmark report/);
    expect(audit('incident.refused', STAFF.aadObjectId) - before).toBe(1);
  });

  it('when two people type "my reports", then each sees only their own', async () => {
    const conv = (u: TeamsUser) => target.client.personalConversationId(u);
    for (const user of [STAFF, COLLEAGUE]) {
      const before = target.connector.activitiesTo(conv(user)).length;
      await target.client.send(target.client.personalMessage('my reports', { user }));
      const sent = await target.connector.waitForActivitiesTo(conv(user), before + 1);
      const text = JSON.stringify(sent.slice(before).map((s) => s.activity));
      const refs = [...new Set(text.match(/SM-\d{4}-\d{4}/g) ?? [])];
      expect(refs).toHaveLength(1);
      if (user === STAFF) expect(refs).toEqual([staffRef]);
      else expect(refs).not.toContain(staffRef);
    }
  });

  it('when a non-lead types "status" or "set alerts channel" in the team, then both are refused and audited', async () => {
    const before = [
      audit('alerts.status_refused', COLLEAGUE.aadObjectId),
      audit('alerts.channel_refused', COLLEAGUE.aadObjectId),
    ];
    const status = target.client.channelMessage('status', { user: COLLEAGUE });
    const setChannel = target.client.channelMessage('set alerts channel', { user: COLLEAGUE });
    await target.client.send(status);
    await target.client.send(setChannel);
    expect(audit('alerts.status_refused', COLLEAGUE.aadObjectId) - (before[0] as number)).toBe(1);
    expect(audit('alerts.channel_refused', COLLEAGUE.aadObjectId) - (before[1] as number)).toBe(1);
    // The replies to those two messages (an alert for an earlier report may reach the channel at any moment, and is
    // not a reply to either).
    const replies = target.connector.sent
      .filter((s) => s.replyToId === status.id || s.replyToId === setChannel.id)
      .map((s) => cardTexts(s.activity).join(' ') + String(s.activity.text ?? ''));
    expect(replies).toHaveLength(2);
    for (const t of replies) expect(t).not.toMatch(/SM-\d{4}-\d{4}/);
  });
});
