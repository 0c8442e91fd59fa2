import { describe, expect, it } from 'vitest';
import { tableAnswer } from '../../../src/policy/domain/table-answer.js';
import { loadPolicyText } from '../../../src/policy/index.js';

describe('a rules table', () => {
  it.each([
    ['| Messaging a pupil from a personal phone | No | Use Teams |', null, 'must_not'],
    ["| Sharing the school's posts | Yes | |", null, 'may'],
    ['| Send a request to a pupil | | ✓ | |', '| What | Yes | No | Ask first |', 'must_not'],
    ['| Keep accounts private | ✓ | | |', '| What | Yes | No | Ask first |', 'may'],
    ['| Connect with a former pupil on Facebook | | | ✓ |', '| What | Yes | No | Ask first |', 'only_with_permission'],
  ])('when the row is "%s" under %s, then its force is %s', (row, header, force) => {
    expect(tableAnswer(row, header)?.force).toBe(force);
  });

  it('when a markdown table marks its answers with ticks, then each row reads in its own column', () => {
    const engine = loadPolicyText(
      'summary.md',
      [
        '# Summary for staff',
        '',
        '| What | Yes | No | Ask first |',
        '|---|---|---|---|',
        '| Keep personal accounts on their most private settings | ✓ | | |',
        '| Send or accept a friend request to or from a pupil, including Year 13 students aged 18 | | ✓ | |',
        '| Connect with a former pupil on Facebook | | | ✓ |',
      ].join('\n'),
    );
    expect(engine.answer('a year 13 who is 18 sent me a friend request, can I accept?').verdict).toBe('not_allowed');
    expect(engine.document.clauses.map((c) => c.text).join(' ')).not.toMatch(/\| What \| Yes/);
  });
});
