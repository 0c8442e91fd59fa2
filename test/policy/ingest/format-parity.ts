/**
 * Format parity: a policy must answer the same whether it arrives as text, Word or PDF. Each policy of the
 * graded question sets is rendered to .docx and .pdf in a temp folder, read back through loadPolicyFile and
 * compared with the text: clause texts, section numbers, and verdict + first citation for every question.
 * Run alone to print the rates: `npx tsx test/policy/ingest/format-parity.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseEvalFile } from '../../../src/cli/eval.js';
import { loadPolicyFile } from '../../../src/policy/index.js';
import { sets } from '../question-sets.js';
import { renderDocx, renderPdf, toBlocks } from './render-formats.js';

export interface ParityResult {
  policy: string;
  format: 'docx' | 'pdf';
  clauses: { same: number; total: number; missing: string[]; extra: string[] };
  sections: { same: number; total: number; diffs: string[] };
  answers: { same: number; total: number; diffs: string[] };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Policies with every question asked of them, from the graded sets; shared ones only when ../shared exists. */
export function parityPolicies(): { policy: string; shared: boolean; questions: string[] }[] {
  const byPolicy = new Map<string, { policy: string; shared: boolean; questions: string[] }>();
  for (const s of sets()) {
    if (!existsSync(s.policy) || !existsSync(s.questions)) continue;
    const entry = byPolicy.get(s.policy) ?? { policy: s.policy, shared: s.policy.includes('/shared/'), questions: [] };
    entry.questions.push(...parseEvalFile(readFileSync(s.questions, 'utf8'), s.questions).map((i) => i.q));
    byPolicy.set(s.policy, entry);
  }
  return [...byPolicy.values()];
}

export async function checkParity(policy: string, questions: string[], dir: string): Promise<ParityResult[]> {
  const text = readFileSync(policy, 'utf8');
  const blocks = toBlocks(text);
  const stem = basename(policy).replace(/\.[a-z]+$/, '');
  const docxFile = join(dir, `${stem}.docx`);
  const pdfFile = join(dir, `${stem}.pdf`);
  const title = blocks.find((b) => b.kind === 'para')?.text.slice(0, 60) ?? 'Policy';
  await writeFile(docxFile, await renderDocx(blocks));
  await writeFile(pdfFile, await renderPdf(blocks, { header: `${title} — staff policy`, breakEvery: 23 }));
  const base = await loadPolicyFile(policy);
  const out: ParityResult[] = [];
  for (const [format, file] of [
    ['docx', docxFile],
    ['pdf', pdfFile],
  ] as const) {
    const other = await loadPolicyFile(file);
    const mine = base.document.clauses.map((c) => norm(c.text));
    const theirs = other.document.clauses.map((c) => norm(c.text));
    const pool = new Map<string, number>();
    for (const t of theirs) pool.set(t, (pool.get(t) ?? 0) + 1);
    const missing: string[] = [];
    let same = 0;
    for (const t of mine) {
      const n = pool.get(t) ?? 0;
      if (n > 0) {
        same++;
        pool.set(t, n - 1);
      } else missing.push(t);
    }
    const extra = [...pool.entries()].filter(([, n]) => n > 0).map(([t]) => t);
    // A text that stands in several sections ("RED – never:" above every topic's list) is matched occurrence by
    // occurrence, in order.
    const sectionsOf = new Map<string, (string | null)[]>();
    for (const c of other.document.clauses) {
      const t = norm(c.text);
      sectionsOf.set(t, [...(sectionsOf.get(t) ?? []), c.section]);
    }
    const sectionDiffs: string[] = [];
    let sectionSame = 0;
    let sectionTotal = 0;
    for (const c of base.document.clauses) {
      const t = norm(c.text);
      const queue = sectionsOf.get(t);
      if (!queue || queue.length === 0) continue;
      const section = queue.shift();
      sectionTotal++;
      if (section === c.section) sectionSame++;
      else sectionDiffs.push(`${c.section} vs ${section}: ${t.slice(0, 70)}`);
    }
    const answerDiffs: string[] = [];
    let answerSame = 0;
    for (const q of questions) {
      const a = base.answer(q);
      const b = other.answer(q);
      const ca = a.citations[0];
      const cb = b.citations[0];
      const ok =
        a.verdict === b.verdict &&
        norm(ca?.text ?? '') === norm(cb?.text ?? '') &&
        (ca?.section ?? null) === (cb?.section ?? null);
      if (ok) answerSame++;
      else
        answerDiffs.push(
          `${q}\n      txt ${a.verdict} [${ca?.section ?? '-'}] ${(ca?.text ?? '').slice(0, 80)}\n      ${format} ${b.verdict} [${cb?.section ?? '-'}] ${(cb?.text ?? '').slice(0, 80)}`,
        );
    }
    out.push({
      policy: stem,
      format,
      clauses: { same, total: Math.max(mine.length, theirs.length), missing, extra },
      sections: { same: sectionSame, total: sectionTotal, diffs: sectionDiffs },
      answers: { same: answerSame, total: questions.length, diffs: answerDiffs },
    });
  }
  return out;
}

async function main() {
  const verbose = process.argv.includes('--diff');
  const dir = await mkdtemp(join(tmpdir(), 'boundary-parity-'));
  const totals: Record<string, { c: number; ct: number; s: number; st: number; a: number; at: number }> = {};
  try {
    for (const p of parityPolicies()) {
      for (const r of await checkParity(p.policy, p.questions, dir)) {
        const t = totals[r.format] ?? { c: 0, ct: 0, s: 0, st: 0, a: 0, at: 0 };
        totals[r.format] = t;
        t.c += r.clauses.same;
        t.ct += r.clauses.total;
        t.s += r.sections.same;
        t.st += r.sections.total;
        t.a += r.answers.same;
        t.at += r.answers.total;
        console.log(
          `${r.policy.padEnd(34)} ${r.format.padEnd(4)} clauses ${r.clauses.same}/${r.clauses.total}  sections ${r.sections.same}/${r.sections.total}  answers ${r.answers.same}/${r.answers.total}`,
        );
        if (verbose) {
          for (const m of r.clauses.missing.slice(0, 8)) console.log(`    - ${m.slice(0, 110)}`);
          for (const m of r.clauses.extra.slice(0, 8)) console.log(`    + ${m.slice(0, 110)}`);
          for (const d of r.sections.diffs.slice(0, 5)) console.log(`    § ${d}`);
          for (const d of r.answers.diffs.slice(0, 4)) console.log(`    ? ${d}`);
        }
      }
    }
    for (const [f, t] of Object.entries(totals))
      console.log(
        `TOTAL ${f.padEnd(4)} clauses ${pct(t.c, t.ct)}  sections ${pct(t.s, t.st)}  answers ${t.a}/${t.at} ${pct(t.a, t.at)}`,
      );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '-'}%`;

if (process.argv[1]?.endsWith('format-parity.ts')) await main();
