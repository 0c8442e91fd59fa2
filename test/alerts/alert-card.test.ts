import { describe, expect, it } from 'vitest';
import { parseAlertAction } from '../../src/alerts/alert-actions.js';
import { createAlertRenderer } from '../../src/alerts/alert-card.js';
import { renderRecordCard } from '../../src/alerts/record-card.js';
import { loadSampleData, renderCard } from '../../src/cards/templates.js';
import type { Incident, IncidentEvent } from '../../src/reports/incident.js';

const at = new Date('2026-03-02T09:14:00Z');
function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    ref: 'SM-2026-0042',
    category: 'friend_request',
    severity: 'low',
    reporter: { aadObjectId: 'aad-t', name: 'Sam **Teacher**' },
    occurredAt: { kind: 'moment', at },
    reportedAt: at,
    summary: 'See [this](https://evil.example) <at>Everyone</at>',
    pupilName: 'Jamie Pupil',
    answers: {},
    status: 'new',
    assignedTo: null,
    alert: null,
    outcome: null,
    closedAt: null,
    eventSeq: 1,
    updatedAt: at,
    ...over,
  };
}
const events: IncidentEvent[] = [
  { incidentId: 'inc-1', seq: 1, type: 'reported', actor: { aadObjectId: 'aad-t', name: 'Sam Teacher' }, at, data: {} },
];

type Action = { type: string; title: string; verb?: string; data?: unknown; card?: { actions: Action[] } };
const render = (showNames: boolean) => createAlertRenderer({ showNames });
const actions = (card: Record<string, unknown>) => card.actions as Action[];
const verbs = (card: Record<string, unknown>) =>
  actions(card).flatMap((a) => (a.type === 'Action.ShowCard' ? a.card!.actions.map((x) => x.verb) : [a.verb]));

describe('alert card', () => {
  it('when names are not switched on, then the pupil name is nowhere on the card', () => {
    const card = render(false)(incident(), events);
    expect(JSON.stringify(card)).not.toContain('Jamie');
    expect(JSON.stringify(render(true)(incident(), events))).toContain('Jamie Pupil');
  });

  it('when typed text holds markdown, links or mentions, then it is escaped or kept in a TextRun', () => {
    const card = render(false)(incident(), events);
    const json = JSON.stringify(card);
    expect(json).toContain('Sam \\\\*\\\\*Teacher\\\\*\\\\*');
    const body = card.body as { type: string; inlines?: { type: string; text: string }[] }[];
    const run = body.find((b) => b.type === 'RichTextBlock')!.inlines![0]!;
    expect(run).toEqual({ type: 'TextRun', text: 'See [this](https://evil.example) <at>Everyone</at>' });
    expect(json).not.toMatch(/"text":"[^"]*<at>Everyone<\/at>[^"]*","wrap"/);
  });

  it('when a child may be at risk, then the card says HIGH SEVERITY first', () => {
    const card = render(false)(incident({ category: 'child_at_risk', severity: 'critical' }), events);
    const first = (card.body as { items?: { text: string }[] }[])[0]!;
    expect(first.items![0]!.text).toMatch(/^HIGH SEVERITY: a child may be at risk/);
    expect(JSON.stringify(render(false)(incident(), events))).not.toContain('HIGH SEVERITY');
  });

  it('when the concern is new, then every workflow button is there and carries the incident id and reference', () => {
    const card = render(false)(incident(), events);
    expect(verbs(card)).toEqual([
      'incident.acknowledge',
      'incident.assign',
      'incident.note',
      'incident.escalate',
      'incident.close',
      'incident.view',
    ]);
    expect(actions(card)[0]).toMatchObject({
      type: 'Action.Execute',
      data: { incidentId: 'inc-1', ref: 'SM-2026-0042' },
    });
  });

  it('when the concern is closed, then only View full record is left', () => {
    const card = render(false)(incident({ status: 'closed', outcome: 'no_further_action', closedAt: at }), events);
    expect(verbs(card)).toEqual(['incident.view']);
    expect(JSON.stringify(card)).toContain('Closed');
  });

  it.each([
    ['new', 'NEW', 'attention'],
    ['acknowledged', 'Acknowledged', 'emphasis'],
    ['in_progress', 'In progress', 'accent'],
    ['closed', 'Closed', 'good'],
  ] as const)(
    'when the concern is %s, then the badge says %s on a %s container whose text colour the theme picks, and the reference sits alone on a line that never wraps',
    (status, label, style) => {
      const card = render(false)(incident({ status }), events);
      const json = JSON.stringify(card);
      // No coloured text anywhere on the card: yellow (Warning) on white is unreadable, and the theme picks text colour.
      expect(json).not.toMatch(/"color":/);
      const badge = findNode(
        card,
        (n) => n.type === 'Container' && JSON.stringify(n.items).includes(`"text":"${label}"`),
      );
      expect(badge?.style).toBe(style);
      const ref = findNode(card, (n) => n.type === 'TextBlock' && n.text === 'SM-2026-0042');
      expect(ref?.wrap).toBe(false);
    },
  );

  it('when the sample data is rendered, then the template binds every field', () => {
    const card = renderCard('alert', loadSampleData('alert'));
    expect(JSON.stringify(card)).not.toContain('${');
  });
});

describe('alert card actions', () => {
  const base = { incidentId: 'inc-1', ref: 'SM-2026-0042' };

  it.each([
    [
      'a close with its inputs',
      'incident.close',
      { ...base, closeOutcome: 'referred_to_lado', closeRationale: 'Met threshold' },
      { ...base, closeOutcome: 'referred_to_lado', closeRationale: 'Met threshold' },
    ],
    ['a close with nothing typed', 'incident.close', base, { ...base, closeOutcome: '', closeRationale: '' }],
    ['a note whose input is not text', 'incident.note', { ...base, note: 42 }, { ...base, note: '' }],
    [
      'an escalation to anyone typed (the service checks who)',
      'incident.escalate',
      { ...base, escalateTo: 'mi5' },
      { ...base, escalateTo: 'mi5', escalateNote: '' },
    ],
  ])(
    'when %s is pressed, then it reads as typed and leaves the checking to the service',
    (_what, verb, data, expected) => {
      expect(parseAlertAction(verb, data)).toEqual({ verb, data: expected });
    },
  );

  it.each([
    ['the verb is unknown', 'incident.delete', base],
    ['the incident id is missing', 'incident.acknowledge', {}],
    ['the incident id is not text', 'incident.view', { incidentId: 7 }],
  ])('when %s, then the button is unreadable', (_what, verb, data) => {
    expect(parseAlertAction(verb, data)).toBeNull();
  });
});

describe('full record card', () => {
  it('when a lead views the record, then it shows the pupil, the notes and the rationale, with typed text in TextRuns', () => {
    const card = renderRecordCard(
      incident({ status: 'closed', outcome: 'no_further_action', closedAt: at }),
      [
        ...events,
        {
          incidentId: 'inc-1',
          seq: 2,
          type: 'closed',
          actor: { aadObjectId: 'aad-dsl', name: 'Dana Lead' },
          at,
          data: { outcome: 'no_further_action', rationale: 'Nothing *more* to do' },
        },
      ],
      { viewedBy: 'Dana Lead', at },
    );
    const json = JSON.stringify(card);
    expect(json).toContain('Jamie Pupil');
    expect(json).toContain('Rationale: Nothing *more* to do');
    expect(json).not.toContain('${');
    expect(JSON.stringify(renderCard('incident-record', loadSampleData('incident-record')))).not.toContain('${');
  });
});

function findNode(node: unknown, match: (n: Record<string, unknown>) => boolean): Record<string, unknown> | undefined {
  if (Array.isArray(node)) {
    for (const x of node) {
      const found = findNode(x, match);
      if (found) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const n = node as Record<string, unknown>;
  if (match(n)) return n;
  return findNode(Object.values(n), match);
}
