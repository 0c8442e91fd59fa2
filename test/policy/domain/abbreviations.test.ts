import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/policy/answering/question.js';
import { buildIndex } from '../../../src/policy/answering/retrieval.js';
import { learnAbbreviations } from '../../../src/policy/domain/abbreviations.js';
import { parsePolicy } from '../../../src/policy/engine.js';

describe('learnAbbreviations', () => {
  it('when a policy writes "Long Name (ABBR)", then the pair is learnt from the capitals that spell it', () => {
    expect(
      learnAbbreviations([
        'the Head will refer the matter to the Local Authority Designated Officer (LADO).',
        'Ask the School Business Manager (SBM) first.',
        'Children and Young People (CYP) services',
      ]),
    ).toEqual([
      { short: 'lado', long: ['local', 'authority', 'designated', 'officer'] },
      { short: 'sbm', long: ['school', 'business', 'manager'] },
      { short: 'cyp', long: ['children', 'and', 'young', 'people'] },
    ]);
  });

  it('when the brackets hold no abbreviation of the words before, then nothing is learnt', () => {
    expect(
      learnAbbreviations(['pupils in Key Stage Two (KS2)', 'see Part Seven (a) below', 'Staff (ALL) must']),
    ).toEqual([]);
  });
});

describe('retrieval with learnt abbreviations', () => {
  const doc = parsePolicy(
    'abbr.txt',
    [
      '1.1 The Trust has a Data Protection Officer (DPO) who oversees this policy.',
      '2.1 Staff must report any lost device holding pupil data to the DPO within 24 hours.',
      '2.2 Staff must not post photographs of pupils on personal accounts.',
    ].join('\n'),
  );
  const index = buildIndex(doc.clauses);
  const hit = (question: string, section: string) =>
    index.search(parseQuestion(question)).some((h) => h.clause.section === section);

  it('when a question spells out the long form, then clauses using only the abbreviation are found', () => {
    expect(hit('when must the data protection officer hear about it', '2.1')).toBe(true);
  });

  it('when a question uses the abbreviation, then clauses spelling out the long form are found', () => {
    const d = parsePolicy(
      'abbr2.txt',
      [
        '1.1 Staff must tell the Local Authority Designated Officer (LADO) about any allegation against an adult.',
        '1.2 Serious concerns go to the local authority designated officer within one working day.',
        '2.1 Staff must not post photographs of pupils on personal accounts.',
      ].join('\n'),
    );
    const i = buildIndex(d.clauses);
    expect(i.search(parseQuestion('how fast does the lado need to know')).some((h) => h.clause.section === '1.2')).toBe(
      true,
    );
  });
});
