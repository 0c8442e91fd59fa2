import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkParity, parityPolicies } from './format-parity.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'boundary-parity-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const policies = parityPolicies();
const shared = resolve('..', 'shared', 'policies');
if (!existsSync(shared)) console.log(`format parity: shared policies skipped (${shared} absent)`);

describe('format parity: the same policy as .txt, .docx and .pdf', () => {
  it('when the graded sets are listed, then our own fixture policies are among them', () => {
    expect(policies.filter((p) => !p.shared).length).toBeGreaterThanOrEqual(7);
  });

  for (const p of policies) {
    const name = p.policy.split('/').slice(-2).join('/');
    it(`when ${name} is rendered to Word and PDF, then clauses, sections and answers match the text`, async () => {
      for (const r of await checkParity(p.policy, p.questions, dir)) {
        const where = `${name} as ${r.format}`;
        expect(
          r.clauses.same / r.clauses.total,
          `${where} clauses: ${r.clauses.missing.join(' | ')}`,
        ).toBeGreaterThanOrEqual(0.95);
        expect(
          r.sections.same / Math.max(1, r.sections.total),
          `${where} sections: ${r.sections.diffs.join(' | ')}`,
        ).toBeGreaterThanOrEqual(0.97);
        expect(
          r.answers.same / r.answers.total,
          `${where} answers:\n${r.answers.diffs.join('\n')}`,
        ).toBeGreaterThanOrEqual(0.95);
      }
    }, 60_000);
  }
});
