import { createRequire } from 'node:module';
import type { Analyser, Token } from './tokens.js';
import { canonOf, respell } from './words/slang.js';

/**
 * wink-nlp with its English lite model: chosen over compromise by measurement (docs/engine/nlp-choice.md).
 * Loaded on the first question, not at import, so a process that never asks (the report flow, the CLI's other
 * commands) does not pay its ~200 ms and ~35 MB. wink-nlp is CommonJS; require keeps the first call synchronous.
 */
type WinkDoc = {
  sentences(): { each(f: (s: WinkSpan) => void): void };
};
type WinkSpan = { tokens(): { out(its: unknown): unknown[] } };
type Wink = { readDoc(text: string): WinkDoc; its: Record<string, unknown> };

let nlp: Wink | null = null;

function load(): Wink {
  if (nlp) return nlp;
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown) => Wink;
  nlp = winkNLP(require('wink-eng-lite-web-model'));
  return nlp;
}

export const winkAnalyser: Analyser = {
  name: 'wink-nlp',
  analyse(text: string): Token[] {
    const w = load();
    const its = w.its;
    const out: Token[] = [];
    let sentence = 0;
    w.readDoc(splitPossessives(respell(text)))
      .sentences()
      .each((s) => {
        const t = s.tokens();
        const normal = t.out(its.normal) as string[];
        const lemma = t.out(its.lemma) as string[];
        const pos = t.out(its.pos) as string[];
        const neg = t.out(its.negationFlag) as boolean[];
        for (let i = 0; i < normal.length; i++) {
          const l = (lemma[i] ?? normal[i] ?? '').toLowerCase();
          out.push({
            text: normal[i]!,
            lemma: l,
            canon: canonOf(normal[i]!, l),
            pos: pos[i]!,
            negated: !!neg[i],
            sentence,
          });
        }
        sentence++;
      });
    return out;
  },
};

/**
 * "pupil's" as "pupil 's", before the library sees it. wink-nlp learns the words it reads: once a policy has shown
 * it "pupil's" whole, it keeps it as one unknown word, and a question read after that loses its pupil (the drafter
 * reads every policy sentence, so answers came to depend on what had been read before). Measured on the graded
 * questions after reading every policy: 19 of 1,706 read differently without this, none with it.
 */
function splitPossessives(text: string): string {
  return text.replace(/([A-Za-z])['’]s\b/g, "$1 's");
}
