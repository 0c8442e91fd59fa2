import { writeFile } from 'node:fs/promises';
import { loadPolicyFile } from '../policy/index.js';
import type { Clause } from '../policy/types.js';
import { type Command, parseArgs, UsageError } from './args.js';
import { forceWords, topicWords, whoWords } from './plain-words.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read a policy and print its outline, to check an import',
  help: `Usage: boundary ingest --policy FILE [--json] [--write OUT]

Reads the policy (.txt, .md, .docx, .pdf) and prints its outline: sections with clause counts, the tags found,
and the contacts the policy names. Writes nothing unless --write is given.
  --json        print the outline and every clause as JSON
  --write OUT   also write the clauses as JSON to OUT`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: ['json', 'help'], values: ['policy', 'write'] });
    if (args.flags.has('help')) {
      io.stdout(this.help);
      return 0;
    }
    const policy = args.values.get('policy');
    if (!policy) throw new UsageError('ingest needs --policy FILE');
    const engine = await loadPolicyFile(policy);
    const doc = engine.document;
    const outline = outlineOf(doc.clauses);
    const summary = {
      file: doc.file,
      title: doc.title,
      clauseCount: doc.clauses.length,
      fallbackContact: engine.fallbackContact,
      definedTerms: doc.definedTerms ?? [],
      ...outline,
    };
    const out = args.values.get('write');
    if (out) await writeFile(out, `${JSON.stringify({ ...summary, clauses: doc.clauses }, null, 2)}\n`);
    if (args.flags.has('json')) {
      io.stdout(JSON.stringify({ ...summary, clauses: doc.clauses }, null, 2));
      return 0;
    }
    io.stdout(`${doc.title} (${doc.file})`);
    io.stdout(`${doc.clauses.length} clauses in ${outline.sections.length} sections`);
    io.stdout('');
    for (const s of outline.sections)
      io.stdout(`  ${s.clauses.toString().padStart(3)}  ${s.heading || '(no heading)'}`);
    io.stdout('');
    io.stdout(`How firmly clauses are worded: ${counted(outline.force, forceWords, FORCE_ORDER)}`);
    io.stdout(`Who clauses are about: ${counted(outline.who, whoWords)}`);
    io.stdout(`What clauses are about: ${counted(outline.what, topicWords)}`);
    io.stdout(
      `Contacts named: ${
        Object.entries(outline.contacts)
          .map(([k, v]) => `${k} (${v})`)
          .join(', ') || 'none'
      }`,
    );
    io.stdout(
      `Defined terms read as roles: ${summary.definedTerms.map((t) => `"${t.term}" = ${t.role}`).join(', ') || 'none'}`,
    );
    io.stdout(`When the policy is silent, staff are told to ask: ${engine.fallbackContact}`);
    if (out) io.stdout(`Wrote ${out}`);
    return 0;
  },
};

const FORCE_ORDER = [
  'must',
  'must_not',
  'should',
  'should_not',
  'advised',
  'advised_not',
  'only_with_permission',
  'may',
  'descriptive',
];

/** "pupils 19, parents and carers 7": most first, or in `order` where one is given; the keys stay in --json. */
function counted(counts: Record<string, number>, words: (key: string) => string, order?: string[]): string {
  const place = (k: string) => {
    const at = order?.indexOf(k) ?? -1;
    return at >= 0 ? at : Number.MAX_SAFE_INTEGER;
  };
  const keys = Object.keys(counts).sort((a, b) => (order ? place(a) - place(b) : counts[b]! - counts[a]!));
  return keys.map((k) => `${words(k)} ${counts[k]}`).join(', ') || 'none';
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

export function outlineOf(clauses: Clause[]) {
  const sections: { heading: string; clauses: number }[] = [];
  const force: Record<string, number> = {};
  const who: Record<string, number> = {};
  const what: Record<string, number> = {};
  const contacts: Record<string, number> = {};
  for (const c of clauses) {
    const heading = c.headingPath.join(' › ');
    const last = sections.at(-1);
    if (last && last.heading === heading) last.clauses++;
    else sections.push({ heading, clauses: 1 });
    count(force, c.tags.force);
    for (const w of c.tags.who) count(who, w);
    for (const w of c.tags.what) if (!w.startsWith('platform:') && w !== 'online') count(what, w);
    for (const r of c.tags.roles) count(contacts, r);
  }
  return { sections, force, who, what, contacts };
}
