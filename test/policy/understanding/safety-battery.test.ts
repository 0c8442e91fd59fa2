import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySafety } from '../../../src/policy/understanding/index.js';

/**
 * The blind safety battery (test/policy/fixtures/safety-battery): every positive fires its class, no negative
 * fires any class. dev.jsonl is what the words were tuned on; dev2.jsonl is 303 more staff phrasings written
 * before the second round of tuning (its first run: 241/303); dev3.jsonl is 285 more, written before the safety
 * code was read (its first run: 247/285), and holds a floor rather than 100%; holdout.jsonl holds sentence shapes
 * dev never showed and was not read; safety-paraphrases.jsonl is ours, written from the classes' meanings in other shapes.
 * All must be 100%: a miss here is a question whose answer could be "allowed".
 */
const NOW = new Date('2026-12-07T12:00:00Z');
const DIR = resolve('test/policy/fixtures/safety-battery');

function rows(file: string): { q: string; class: string | null }[] {
  // Our own paraphrases sit beside this test; the battery's files in its fixture folder.
  const path = file.startsWith('safety-paraphrases') ? resolve('test/policy/understanding', file) : resolve(DIR, file);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

describe.each(['dev.jsonl', 'dev2.jsonl', 'dev3.jsonl', 'holdout.jsonl', 'safety-paraphrases.jsonl'])(
  'the safety battery %s',
  (file) => {
    it('when every question is classified, then positives fire their class and negatives fire none', () => {
      const misses: string[] = [];
      const missed: Record<string, number> = {};
      for (const r of rows(file)) {
        const got = classifySafety(r.q, NOW);
        const ok = r.class === null ? got.length === 0 : got.includes(r.class as never);
        if (ok) continue;
        misses.push(`${r.class} got [${got.join(', ')}]: ${r.q}`);
        missed[String(r.class)] = (missed[String(r.class)] ?? 0) + 1;
      }
      // The holdout's lines stay unread: a failure there says how many per class, never which. Its first run
      // classified 643 of 804 (80.0%); the words were then tuned on dev and our own lines only, giving 83.7% (131
      // misses); tuning on dev2 and on probes of our own brought it to 737 (91.7%, 67 misses), and tuning on dev3
      // and on probes (hyphenated words read as written, more signs of harm, skipping and hiding) to 760 (94.5%, 44
      // misses). The target is 100%; until it is met the floor holds what was reached, so a change that loses
      // ground fails. dev3's two misses are judgement calls recorded in the battery's README (four until 2026-12-08).
      const wrong = Object.values(missed).reduce((a, b) => a + b, 0);
      if (file === 'holdout.jsonl') {
        console.log(`safety battery holdout: ${804 - wrong}/804 classified, misses by class ${JSON.stringify(missed)}`);
        expect(wrong, JSON.stringify(missed)).toBeLessThanOrEqual(44);
      } else if (file === 'dev3.jsonl') expect(wrong, misses.join('\n')).toBeLessThanOrEqual(2);
      else expect(misses).toEqual([]);
    });
  },
);
