import { describe, expect, it } from 'vitest';
import { createAlertRenderer } from '../../src/alerts/alert-card.js';
import { deskRecordLink } from '../../src/alerts/desk-link.js';
import type { Incident } from '../../src/reports/incident.js';

const APP = '00000000-0000-4000-8000-0000000000aa';
const at = new Date('2026-03-02T09:14:00Z');
const incident: Incident = {
  id: 'inc-1',
  ref: 'SM-2026-0042',
  category: 'friend_request',
  severity: 'low',
  reporter: { aadObjectId: 'aad-t', name: 'Sam Teacher' },
  occurredAt: { kind: 'moment', at },
  reportedAt: at,
  summary: 'A friend request',
  pupilName: null,
  answers: {},
  status: 'new',
  assignedTo: null,
  alert: null,
  outcome: null,
  closedAt: null,
  eventSeq: 1,
  updatedAt: at,
};

type Action = { type: string; title: string; url?: string; verb?: string };
const viewActions = (card: Record<string, unknown>) =>
  (card.actions as Action[]).filter((a) => a.title === 'View full record');

describe('"View full record" on the alert card', () => {
  it('when the Teams app id is known, then it opens the record in the desk tab by deep link', () => {
    const card = createAlertRenderer({ showNames: false, recordLink: (ref) => deskRecordLink(APP, ref) })(incident, []);
    const [view, ...more] = viewActions(card);
    expect(more).toEqual([]);
    expect(view?.type).toBe('Action.OpenUrl');
    const url = new URL(view?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${APP}/desk`);
    expect(JSON.parse(url.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'SM-2026-0042' });
  });

  it('when there is no Teams app id (local mode, the Playground), then it shows the record on a card as before', () => {
    const card = createAlertRenderer({ showNames: false })(incident, []);
    const [view, ...more] = viewActions(card);
    expect(more).toEqual([]);
    expect(view).toMatchObject({ type: 'Action.Execute', verb: 'incident.view' });
  });
});
