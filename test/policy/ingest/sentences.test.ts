import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/policy/ingest/sentences.js';

describe('splitSentences', () => {
  it('when a paragraph has several sentences, then each is returned verbatim', () => {
    expect(splitSentences('Staff must not add pupils. They should tell the DSL!  Is that clear?')).toEqual([
      'Staff must not add pupils.',
      'They should tell the DSL!',
      'Is that clear?',
    ]);
  });

  it('when abbreviations such as e.g. and i.e. appear, then the sentence is not cut there', () => {
    expect(splitSentences('Use school devices, e.g. Tablets provided by the school. Then stop.')).toEqual([
      'Use school devices, e.g. Tablets provided by the school.',
      'Then stop.',
    ]);
    expect(splitSentences('Ask Mr. Jones or Dr. Patel, i.e. The office.')).toHaveLength(1);
  });

  it('when "etc." is followed by a usual sentence opener, then it ends the sentence', () => {
    expect(splitSentences('Fields for job title etc. If you are a teacher, do not fill them.')).toHaveLength(2);
    expect(splitSentences('Phones, cameras etc. Provided by the school are fine.')).toHaveLength(1);
  });

  it('when a section number like 6.2 or a decimal appears, then it is not a sentence end', () => {
    expect(splitSentences('See section 6.2 for details. Version 2.1 applies.')).toEqual([
      'See section 6.2 for details.',
      'Version 2.1 applies.',
    ]);
  });

  it('when a sentence ends with a quote or bracket, then the closer stays with it', () => {
    expect(splitSentences('Decline all "friend requests." Then report it (to the DSL.) Done.')).toEqual([
      'Decline all "friend requests."',
      'Then report it (to the DSL.)',
      'Done.',
    ]);
  });

  it('when the text is empty, then there are no sentences', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
