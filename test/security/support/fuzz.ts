import fc from 'fast-check';
import { fillInputs, forwardAction } from '../../../bench/report-e2e.js';
import { adaptiveCardsOf, type FakeConnector } from '../../fakes/fake-connector.js';
import { type Activity, DSL, SAFEGUARDING_TEAM, type TeamsClient, type TeamsUser } from '../../fakes/teams-client.js';

/**
 * Generated hostile traffic for POST /api/messages, and the checks every answer must pass. Cases are built from
 * fast-check arbitraries sampled with a fixed seed, so a failure repeats; each case is one request (or, for form
 * walks, a short sequence) so thousands run in seconds.
 */

/** Planted in generated text so a card scan can tell a typed link or mention from the bot's own. */
export const PLANTED_HOST = 'evil.example';
export const PLANTED_NAME = 'Mallory';

const HOSTILE_TEXT = [
  `[click here](https://${PLANTED_HOST}/login)`,
  `![pic](https://${PLANTED_HOST}/i.png)`,
  `<at>${PLANTED_NAME}</at> please look`,
  `<a href="https://${PLANTED_HOST}">school portal</a>`,
  '<script>alert(1)</script>',
  `https://${PLANTED_HOST}/phish?u=1`,
  `www.${PLANTED_HOST}`,
  `[${PLANTED_NAME}](mailto:x@${PLANTED_HOST})`,
  `[link][1]\n\n[1]: https://${PLANTED_HOST}/ref`,
  '**bold** _it_ # heading\n> quote\n- list',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template-binding injection is the point
  '${$root.reporter.name} {{user}} ${if(true,"a","b")}',
  '\u202Egnp.exe\u202C', // right-to-left override
  'zero\u200Bwidth\u200D\uFEFFjoin',
  'lone \uD800 surrogate \uDFFF',
  'nul\u0000byte',
  '👩‍👩‍👧‍👦 e\u0301\u0301\u0301',
  "' OR 1=1 --",
  '"; DROP TABLE incidents; --',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  '@everyone @channel',
  '\r\n\r\nHTTP/1.1 200 OK',
  ' ',
  '',
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_TEXT), fc.integer({ min: 200, max: 8_000 }))
      .map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, s.length)))),
  },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(100_000), 'é'.repeat(60_000)) },
);

function deepJson(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      true,
      -1,
      1e308,
      [],
      {},
      deepJson(500, 'array'),
      deepJson(500, 'object'),
      JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
    ),
  },
);

const KNOWN_VERBS = [
  'report.friend.start',
  'report.friend.next',
  'report.friend.back',
  'report.friend.submit',
  'report.post.start',
  'report.post.next',
  'report.post.back',
  'report.post.submit',
  'report.cancel',
  'reports.mine',
  'incident.acknowledge',
  'incident.assign',
  'incident.view',
  'incident.note',
  'incident.escalate',
  'incident.close',
  'incident.card',
  'answer.feedback',
];

const FIELD_NAMES = [
  'formId',
  'step',
  'incidentId',
  'ref',
  'sender',
  'senderName',
  'senderClass',
  'platform',
  'platformOther',
  'occurredOn',
  'response',
  'messagesExchanged',
  'welfareWorry',
  'screenshotKept',
  'anythingElse',
  'postKind',
  'note',
  'escalateTo',
  'closeOutcome',
  'closeRationale',
  'answerId',
  'helpful',
  'command',
  'question',
];

const forgedIncidentId = fc.oneof(
  fc.uuid(),
  fc.constantFrom('SM-2026-0001', '1', '0', '-1', "' OR '1'='1", '../x', 'x'.repeat(5000)),
  hostileString,
);

const formData: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(fc.constantFrom(...FIELD_NAMES), anyValue), { maxLength: 8 })
  .chain((pairs) =>
    forgedIncidentId.map((id) => {
      const data: Record<string, unknown> = {};
      for (const [k, v] of pairs) data[k] = v;
      if (Math.abs(pairs.length % 3) === 0) data.incidentId = id;
      return data;
    }),
  );

const verb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_VERBS) },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom('report.', 'report.friend.', 'incident.', 'report.friend.submit\u0000') },
);

export type CaseShape =
  | 'message'
  | 'channel_message'
  | 'submit'
  | 'invoke'
  | 'channel_invoke'
  | 'malformed_invoke'
  | 'other_type'
  | 'mutated'
  | 'raw'
  | 'replay'
  | 'form_walk';

export interface FuzzCase {
  shape: CaseShape;
  seed: number;
}

const SHAPES: CaseShape[] = [
  'message',
  'message',
  'channel_message',
  'submit',
  'invoke',
  'invoke',
  'invoke',
  'channel_invoke',
  'malformed_invoke',
  'other_type',
  'mutated',
  'mutated',
  'raw',
  'replay',
];

/** One sample of an arbitrary for a case seed: cheap, repeatable. */
function one<T>(arb: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arb, { seed, numRuns: 1 })[0] as T;
}

export interface Lane {
  user: TeamsUser;
  /** Invokes this lane sent, for replays. */
  sentInvokes: Activity[];
}

export function laneUser(i: number): TeamsUser {
  if (i === 0) return DSL; // forged alert actions from a real lead reach the lead-only code paths
  return {
    id: `29:1fuzz-${i}`,
    aadObjectId: `ffffffff-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: i % 2 === 0 ? `Fuzz <at>${PLANTED_NAME}</at> ${i}` : `[Staff ${i}](https://${PLANTED_HOST}/)`,
    userPrincipalName: `fuzz.${i}@school.example`,
  };
}

/** The request(s) for one case: an activity, or a raw body. */
export function buildCase(client: TeamsClient, lane: Lane, c: FuzzCase): { body: string; activity?: Activity } {
  const user = lane.user;
  const s = c.seed;
  const json = (a: Activity) => ({ body: safeStringify(a), activity: a });
  switch (c.shape) {
    case 'message':
      return json(client.personalMessage(one(hostileString, s), { user }));
    case 'channel_message':
      return json(client.channelMessage(one(hostileString, s), { user }));
    case 'submit':
      return json(client.personalSubmit(one(fc.dictionary(fc.constantFrom(...FIELD_NAMES), anyValue), s), { user }));
    case 'invoke':
    case 'channel_invoke': {
      const a = client.invoke(one(verb, s), one(formData, s + 1), {
        user,
        ...(c.shape === 'channel_invoke' ? { where: { threadId: client.channelThreadId(SAFEGUARDING_TEAM) } } : {}),
      });
      lane.sentInvokes.push(a);
      if (lane.sentInvokes.length > 20) lane.sentInvokes.shift();
      return json(a);
    }
    case 'malformed_invoke': {
      const a = client.invoke('report.friend.next', {}, { user });
      const choice = s % 5;
      if (choice === 0) a.value = one(anyValue, s);
      else if (choice === 1) a.value = { action: one(anyValue, s) };
      else if (choice === 2) a.value = { action: { type: 'Action.Execute', verb: one(anyValue, s), data: 'x' } };
      else if (choice === 3) a.name = one(hostileString, s);
      else a.value = { action: { type: 'Action.Submit', verb: 'report.friend.submit', data: {} } };
      return json(a);
    }
    case 'other_type': {
      const type = one(fc.constantFrom('event', 'typing', 'messageReaction', 'endOfConversation', 'handoff', 'x'), s);
      return json(client.other(type, { value: one(anyValue, s), name: one(hostileString, s) }, user));
    }
    case 'mutated': {
      const a = client.personalMessage(one(hostileString, s), { user });
      const field = one(
        fc.constantFrom(
          'from',
          'recipient',
          'conversation',
          'channelData',
          'entities',
          'text',
          'attachments',
          'locale',
        ),
        s + 1,
      );
      const mode = s % 3;
      if (mode === 0) delete a[field];
      else if (mode === 1) a[field] = one(anyValue, s + 2);
      else a[field] = { ...(a[field] as object), id: one(anyValue, s + 2), tenant: { id: one(hostileString, s + 3) } };
      return json(a);
    }
    case 'raw': {
      const choice = s % 8;
      const raws = [
        'not json',
        '[]',
        'null',
        '"string"',
        `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
        `{"type":"message","text":"${'a'.repeat(300_000)}"}`,
        '{"type":"message"',
        JSON.stringify({ ...client.personalMessage('x', { user }), serviceUrl: 'javascript:alert(1)' }),
      ];
      return { body: raws[choice] as string };
    }
    case 'replay': {
      const earlier = lane.sentInvokes[s % Math.max(1, lane.sentInvokes.length)];
      return earlier ? json(earlier) : json(client.invoke('report.friend.submit', { formId: 'replayed' }, { user }));
    }
    case 'form_walk':
      throw new Error('form walks are driven by runFormWalk');
  }
}

export function generateCases(count: number, seed: number): FuzzCase[] {
  const out: FuzzCase[] = [];
  let x = seed >>> 0;
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push({ shape: SHAPES[x % SHAPES.length] as CaseShape, seed: x });
  }
  return out;
}

function safeStringify(a: Activity): string {
  return JSON.stringify(a);
}

export interface FuzzStats {
  requests: number;
  byStatus: Record<string, number>;
  byShape: Record<string, number>;
  failures: string[];
  formWalks: number;
  submitsStored: number;
}

export function emptyStats(): FuzzStats {
  return { requests: 0, byStatus: {}, byShape: {}, failures: [], formWalks: 0, submitsStored: 0 };
}

/** Sends one case and checks the answer: no 5xx, and an invoke answered 200 always says something. */
export async function runCase(client: TeamsClient, lane: Lane, c: FuzzCase, stats: FuzzStats): Promise<void> {
  const { body, activity } = buildCase(client, lane, c);
  const res = await client.sendRaw(body);
  record(stats, c.shape, res.status);
  if (res.status >= 500) stats.failures.push(`${c.shape}#${c.seed}: HTTP ${res.status} ${res.text.slice(0, 200)}`);
  if (activity?.type === 'invoke' && activity.name === 'adaptiveCard/action' && res.status === 200) {
    if (!isCardOrMessage(res.body)) {
      stats.failures.push(`${c.shape}#${c.seed}: invoke answered 200 with nothing to show: ${res.text.slice(0, 200)}`);
    }
  }
}

function record(stats: FuzzStats, shape: string, status: number): void {
  stats.requests += 1;
  stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
  stats.byShape[shape] = (stats.byShape[shape] ?? 0) + 1;
}

function isCardOrMessage(body: unknown): boolean {
  const b = body as { type?: string; value?: unknown } | undefined;
  if (b?.type === 'application/vnd.microsoft.card.adaptive') return typeof b.value === 'object' && b.value !== null;
  if (b?.type === 'application/vnd.microsoft.activity.message') return typeof b.value === 'string' && b.value !== '';
  return false;
}

function cardOf(body: unknown): Record<string, unknown> | undefined {
  const b = body as { type?: string; value?: unknown } | undefined;
  return b?.type === 'application/vnd.microsoft.card.adaptive' ? (b.value as Record<string, unknown>) : undefined;
}

/**
 * A report form filled in as a person would, except that one answer per step is hostile (planted links,
 * mentions, unicode tricks, oversized text). Invalid steps must come back as the same card with a message;
 * valid ones go on to Send, so hostile text reaches the stored record, the confirmation and the alert card.
 */
export async function runFormWalk(
  client: TeamsClient,
  lane: Lane,
  seed: number,
  stats: FuzzStats,
  cards: Record<string, unknown>[],
): Promise<void> {
  stats.formWalks += 1;
  const user = lane.user;
  const start = seed % 2 === 0 ? 'report.friend.start' : 'report.post.start';
  let res = await client.send(client.invoke(start, {}, { user }));
  record(stats, 'form_walk', res.status);
  let card = cardOf(res.body);
  if (!card) {
    stats.failures.push(`form_walk#${seed}: ${start} answered ${res.status} without a card`);
    return;
  }
  cards.push(card);
  for (let step = 0; step < 12; step++) {
    const action = forwardAction(card);
    if (!action) return;
    const inputs: Record<string, unknown> = fillInputs(card);
    const textIds = Object.keys(inputs).filter((k) => /name|class|other|else|note|link|where|who|details|url/i.test(k));
    const hostileId = textIds[(seed + step) % Math.max(1, textIds.length)];
    // Most steps get a short hostile text that passes validation; some get one that must be refused.
    if (hostileId)
      inputs[hostileId] = one(fc.constantFrom(...HOSTILE_TEXT.filter((t) => t.trim() !== '')), seed + step);
    if (hostileId && (seed + step) % 7 === 0) inputs[hostileId] = 'x'.repeat(100_000);
    res = await client.send(client.invoke(action.verb, { ...action.data, ...inputs }, { user }));
    record(stats, 'form_walk', res.status);
    if (res.status >= 500) {
      stats.failures.push(`form_walk#${seed}: HTTP ${res.status} at ${action.verb}`);
      return;
    }
    if (!isCardOrMessage(res.body)) {
      stats.failures.push(`form_walk#${seed}: ${action.verb} answered without a card or message`);
      return;
    }
    const next = cardOf(res.body);
    if (!next) return;
    cards.push(next);
    if (action.verb.endsWith('.submit')) {
      if (/SM-\d{4}-\d{4}/.test(JSON.stringify(next))) stats.submitsStored += 1;
      return;
    }
    if ((seed + step) % 7 === 0 && JSON.stringify(next) === JSON.stringify(card)) {
      stats.failures.push(`form_walk#${seed}: an oversized answer came back without a message`);
    }
    card = next;
  }
}

/**
 * Text a person typed must never render as a link, an image or a mention. Teams parses markdown in TextBlock
 * and FactSet text, so every such text is scanned for an unescaped link or image, an <at> tag, a planted URL
 * (escaped ones carry a zero-width space after "://") and mention entities naming the planted name.
 */
export function scanForRenderedUserText(activitiesAndCards: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const check = (where: string, text: string) => {
    if (/(^|[^\\])\]\(/.test(text) && text.includes(PLANTED_HOST))
      problems.push(`${where}: markdown link: ${text.slice(0, 160)}`);
    if (/(^|[^\\])<at>/i.test(text)) problems.push(`${where}: <at> mention: ${text.slice(0, 160)}`);
    if (/(^|[^\\])<a\s/i.test(text)) problems.push(`${where}: HTML link: ${text.slice(0, 160)}`);
    if (new RegExp(`https?://[^\\s]*${PLANTED_HOST.replace('.', '\\.')}`).test(text)) {
      problems.push(`${where}: live URL: ${text.slice(0, 160)}`);
    }
    if (new RegExp(`(^|[^\\u200B])www\\.${PLANTED_HOST.replace('.', '\\.')}`).test(text)) {
      problems.push(`${where}: live www link: ${text.slice(0, 160)}`);
    }
  };
  for (const item of activitiesAndCards) {
    const cards = item.type === 'AdaptiveCard' ? [item] : adaptiveCardsOf(item);
    for (const card of cards) for (const t of markdownTexts(card)) check('card', t);
    if (item.type !== 'AdaptiveCard') {
      const entities = Array.isArray(item.entities) ? item.entities : [];
      for (const e of entities as { type?: string; mentioned?: { name?: string } }[]) {
        if (e?.type === 'mention' && String(e.mentioned?.name ?? '').includes(PLANTED_NAME)) {
          problems.push(`activity: mention entity for a typed name: ${JSON.stringify(e).slice(0, 160)}`);
        }
      }
      if (typeof item.text === 'string' && item.textFormat !== 'plain') check('activity text', item.text);
    }
  }
  return problems;
}

/** TextBlock and FactSet texts (markdown in Teams); TextRuns are not parsed, so they are left out. */
function markdownTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'FactSet' && Array.isArray(n.facts)) {
      for (const f of n.facts as { title?: string; value?: string }[]) out.push(`${f.title ?? ''}`, `${f.value ?? ''}`);
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'text') walk(v);
  };
  walk(card);
  return out;
}

/** Every activity the fake connector recorded, for the scan. */
export function everythingSent(connector: FakeConnector): Record<string, unknown>[] {
  return connector.sent.map((s) => s.activity);
}

/** Runs `cases` generated requests over `lanes` concurrent people, then `formWalks` hostile form walks. */
export async function fuzzRun(
  target: { client: TeamsClient },
  opts: { cases: number; formWalks: number; seed: number; lanes: number },
) {
  const stats = emptyStats();
  const cards: Record<string, unknown>[] = [];
  const lanes: Lane[] = Array.from({ length: opts.lanes }, (_, i) => ({ user: laneUser(i), sentInvokes: [] }));
  const cases = generateCases(opts.cases, opts.seed);
  await Promise.all(
    lanes.map(async (lane, li) => {
      for (let i = li; i < cases.length; i += lanes.length) await runCase(target.client, lane, cases[i]!, stats);
      for (let w = li; w < opts.formWalks; w += lanes.length) {
        await runFormWalk(target.client, lane, opts.seed + w, stats, cards);
      }
    }),
  );
  return { stats, cards };
}

/**
 * Fills a report form from its start verb to Send as a person would (plausible answers, `overrides` for chosen
 * inputs when a step has them) and returns the last card (the confirmation, with its reference).
 */
export async function fileReport(
  client: TeamsClient,
  user: TeamsUser,
  kind: 'friend' | 'post',
  overrides: Record<string, string> = {},
  hooks: { beforeSubmit?: () => void | Promise<void> } = {},
): Promise<{ card: Record<string, unknown> | undefined; reference?: string; statuses: number[]; lastBody?: unknown }> {
  const statuses: number[] = [];
  let res = await client.send(client.invoke(`report.${kind}.start`, {}, { user }));
  statuses.push(res.status);
  let card = cardOf(res.body);
  for (let step = 0; card && step < 12; step++) {
    const action = forwardAction(card);
    if (!action) break;
    const inputs: Record<string, unknown> = fillInputs(card);
    for (const [k, v] of Object.entries(overrides)) if (k in inputs) inputs[k] = v;
    if (action.verb.endsWith('.submit')) await hooks.beforeSubmit?.();
    res = await client.send(client.invoke(action.verb, { ...action.data, ...inputs }, { user }));
    statuses.push(res.status);
    const next = cardOf(res.body);
    if (action.verb.endsWith('.submit')) {
      const reference = /SM-\d{4}-\d{4}/.exec(JSON.stringify(res.body ?? ''))?.[0];
      return { card: next, statuses, lastBody: res.body, ...(reference ? { reference } : {}) };
    }
    card = next;
  }
  return { card, statuses, lastBody: res.body };
}
