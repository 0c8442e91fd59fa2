/**
 * How well the drafter reads a policy, measured against the owners' reviews: for every policy with a reviewed
 * reading beside it, the policy is drafted afresh and each reviewed entry compared field by field (whether it is a
 * staff rule, its force, its acts, its other parties). Rounds 34–39 are what the drafter has been improved on;
 * rounds 40–47 are held out; rounds 60–65 were reviewed in the eleventh session, after every drafter change before it. Run: `npm run score:reading [-- --show FIELD]` (--show prints each disagreement).
 * Not a vitest file: a figure to watch, not a pass mark.
 */
import { existsSync } from 'node:fs';
import { loadPolicyFile } from '../../src/policy/index.js';
import { draftReading } from '../../src/policy/reading/draft.js';
import { loadReadingFile, readingPathFor } from '../../src/policy/reading/file.js';
import type { ReadingEntry } from '../../src/policy/reading/schema.js';
import { sets } from './question-sets.js';

const GROUPS: [RegExp, string][] = [
  [/^round3\d\//, 'looked at (rounds 34-39)'],
  [/^round4\d\//, 'held out (rounds 40-47)'],
  [/^round6\d\//, 'reviewed later (rounds 60-65)'],
];
const showAt = process.argv.indexOf('--show');
const show = showAt >= 0 ? process.argv[showAt + 1] : null;
const staffRule = (e: ReadingEntry) => e.binds === 'staff' || e.binds === 'roles';
const sorted = (list: readonly string[]) => [...list].sort().join(',');

const groups = new Map<string, Map<string, { same: number; all: number }>>();
for (const s of sets()) {
  const path = readingPathFor(s.policy);
  if (!existsSync(s.policy) || !existsSync(path)) continue;
  const reviewed = loadReadingFile(path);
  if (!reviewed.ok) throw new Error(`${path} does not load`);
  const engine = await loadPolicyFile(s.policy);
  const draft = draftReading(engine.document, s.policy, engine.fallbackContact, new Date('2026-12-07T12:00:00Z'));
  const drafted = new Map(draft.entries.map((e) => [e.id, e]));
  const group = GROUPS.find(([re]) => re.test(s.name))?.[1] ?? 'other';
  const fields = groups.get(group) ?? new Map<string, { same: number; all: number }>();
  groups.set(group, fields);
  for (const owner of reviewed.reading.entries) {
    const d = owner.reviewed ? drafted.get(owner.id) : undefined;
    if (!d) continue;
    const pairs: [string, string, string][] = [
      ['staff rule', String(staffRule(d)), String(staffRule(owner))],
      ['force', d.force, owner.force],
      ['acts', sorted(d.acts), sorted(owner.acts)],
      ['parties', sorted(d.parties), sorted(owner.parties)],
    ];
    if (staffRule(owner)) pairs.push(['force of staff rules', d.force, owner.force]);
    for (const [field, mine, theirs] of pairs) {
      const tally = fields.get(field) ?? { same: 0, all: 0 };
      fields.set(field, tally);
      tally.all++;
      if (mine === theirs) tally.same++;
      else if (show === field)
        console.log(
          `${s.name} ${owner.id}: drafted ${mine}, owner ${theirs} :: ${(owner.part ?? owner.text).slice(0, 140)}`,
        );
    }
  }
}
for (const [group, fields] of groups)
  console.log(
    `${group.padEnd(26)} ${[...fields].map(([f, t]) => `${f} ${t.same}/${t.all} (${((100 * t.same) / t.all).toFixed(1)}%)`).join('  ')}`,
  );
