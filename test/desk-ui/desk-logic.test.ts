import { describe, expect, it } from 'vitest';
import { filterProblem, filterQuery, NO_FILTERS, pageWords } from '../../web/desk/src/lib/filters.js';
import { age, minutes, monthLabel } from '../../web/desk/src/lib/format.js';
import { fillMonths, layoutMonths, niceTop } from '../../web/desk/src/lib/month-chart.js';
import { asWords, ownerOrder, sayCondition } from '../../web/desk/src/lib/policy-words.js';
import { carriedQuery, parseRoute, subPageFromQuery } from '../../web/desk/src/lib/route.js';
import { themeFromQuery, themeFromTeams } from '../../web/desk/src/lib/theme-name.js';

describe('the desk pages by path', () => {
  it.each([
    ['/tab', { page: 'concerns' }],
    ['/tab/', { page: 'concerns' }],
    ['/tab/index.html', { page: 'concerns' }],
    ['/tab/concerns', { page: 'concerns' }],
    ['/tab/concerns/SM-2026-0042', { page: 'record', reference: 'SM-2026-0042' }],
    ['/tab/concerns/SM%2D2026%2D0042', { page: 'record', reference: 'SM-2026-0042' }],
    ['/tab/concerns/%E0%A4%A', { page: 'record', reference: '%E0%A4%A' }],
    ['/tab/overview', { page: 'overview' }],
    ['/tab/policy', { page: 'policy' }],
    ['/tab/config', { page: 'config' }],
    ['/tab/concerns/a/b', { page: 'unknown', path: '/tab/concerns/a/b' }],
    ['/tab/settings', { page: 'unknown', path: '/tab/settings' }],
  ])('when the path is %s, then the page is %o', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it.each([
    ['?theme=dark&status=new', '?theme=dark'],
    ['?status=new', ''],
    ['', ''],
  ])('when moving on from %s, then %s is carried', (from, carried) => {
    expect(carriedQuery(from)).toBe(carried);
  });
});

describe('the theme', () => {
  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    [undefined, 'light'],
    ['something new', 'light'],
  ])('when Teams says %s, then the desk is %s', (teams, theme) => {
    expect(themeFromTeams(teams)).toBe(theme);
  });

  it.each([
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['DARK', 'light'],
    [null, 'light'],
  ])('when the address says theme=%s, then the desk is %s', (query, theme) => {
    expect(themeFromQuery(query)).toBe(theme);
  });
});

describe('the concerns filters', () => {
  it.each([
    [{}, ''],
    [{ status: 'new' }, '?status=new'],
    [{ mine: true, kind: 'friend_request' }, '?kind=friend_request&assigned=me'],
    [{ from: '2026-11-01', to: '2026-11-30' }, '?from=2026-11-01&to=2026-11-30'],
    [{ q: '  sm-2026-0001 ' }, '?q=SM-2026-0001'],
    [{ q: 'a&b=c' }, '?q=A%26B%3DC'],
  ])('when the filters are %o, then the query is %s', (f, query) => {
    expect(filterQuery({ ...NO_FILTERS, ...f })).toBe(query);
  });

  it('when the list is on a later page, then the query carries the page; page 1 is left out', () => {
    expect(filterQuery({ ...NO_FILTERS, status: 'new' }, 3)).toBe('?status=new&page=3');
    expect(filterQuery(NO_FILTERS, 1)).toBe('');
  });

  it.each([
    [1, 50, 50, 'Concerns 1 to 50'],
    [2, 50, 7, 'Concerns 51 to 57'],
    [1, 50, 0, 'No concerns'],
    [4, 50, 0, 'No concerns on page 4'],
  ])('when page %i of %i shows %i rows, then the pager says "%s"', (page, size, rows, words) => {
    expect(pageWords(page, size, rows)).toBe(words);
  });

  it.each([
    [{ from: '2026-11-30', to: '2026-11-01' }, 'The "to" date is before the "from" date.'],
    [{ from: '30/11/2026' }, 'The "from" date is not a date.'],
    [{ from: '2026-11-01', to: '2026-11-01' }, null],
    [{}, null],
  ])('when the filters are %o, then the problem is %s', (f, problem) => {
    expect(filterProblem({ ...NO_FILTERS, ...f })).toBe(problem);
  });
});

describe('ages and months in words', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  it.each([
    ['2026-12-07T11:59:30Z', 'just now'],
    ['2026-12-07T11:55:00Z', '5 min'],
    ['2026-12-07T09:00:00Z', '3 h'],
    ['2026-12-06T11:00:00Z', '1 day'],
    ['2026-11-27T12:00:00Z', '10 days'],
    ['2026-12-08T12:00:00Z', 'just now'],
    ['not a date', ''],
  ])('when a concern was raised at %s, then its age is %s', (at, words) => {
    expect(age(at, now)).toBe(words);
  });

  it.each([
    [45, '45 min'],
    [90, '1 h 30 min'],
    [120, '2 h'],
    [1440, '1 day'],
    [4000, '2 days'],
  ])('when an alert has waited %i minutes, then it says %s', (n, words) => {
    expect(minutes(n)).toBe(words);
  });

  it.each([
    ['2026-11', 'Nov 2026'],
    ['2027-01', 'Jan 2027'],
    ['November', 'November'],
  ])('when the month is %s, then it reads %s', (m, words) => {
    expect(monthLabel(m)).toBe(words);
  });
});

describe('the concerns-per-month chart', () => {
  it.each([
    [0, 1, [0, 1]],
    [1, 1, [0, 1]],
    [4, 4, [0, 1, 2, 3, 4]],
    [6, 6, [0, 2, 4, 6]],
    [13, 15, [0, 5, 10, 15]],
    [48, 50, [0, 10, 20, 30, 40, 50]],
  ])('when the tallest bar is %i, then the axis tops at %i with ticks %o', (max, top, ticks) => {
    expect(niceTop(max)).toEqual({ top, ticks });
  });

  it('when a month has no concerns, then it is still a bar, of nothing', () => {
    expect(fillMonths(['2026-11', '2027-02'])).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('when kinds are counted per month, then each bar stacks them in one order, most common kind first by the given order', () => {
    const layout = layoutMonths(
      [
        { month: '2026-10', kind: 'other', count: 2 },
        { month: '2026-10', kind: 'friend_request', count: 3 },
        { month: '2026-12', kind: 'friend_request', count: 1 },
      ],
      ['friend_request', 'abusive_post', 'other'],
    );
    expect(layout.kinds).toEqual(['friend_request', 'other']);
    expect(layout.bars.map((b) => [b.month, b.total])).toEqual([
      ['2026-10', 5],
      ['2026-11', 0],
      ['2026-12', 1],
    ]);
    expect(layout.bars[0]!.segments).toEqual([
      { kind: 'friend_request', count: 3, from: 0 },
      { kind: 'other', count: 2, from: 3 },
    ]);
    expect(layout.top).toBe(5);
  });
});

describe('the reading in words, for the owner', () => {
  const facts = [
    { id: 'age', say: 'they are at least {n}' },
    { id: 'written_permission', say: '{of} has agreed in writing' },
  ];
  it.each([
    [{ fact: 'age', at_least: 18 }, 'they are at least 18'],
    [{ fact: 'age', under: 16 }, 'they are under 16'],
    [{ fact: 'written_permission', of: 'the Headteacher' }, 'the Headteacher has agreed in writing'],
    [{ fact: 'written_permission' }, 'someone has agreed in writing'],
    [{ fact: 'school_device' }, 'school device'],
  ])('when the condition is %o, then it reads "%s"', (c, words) => {
    expect(sayCondition(facts, c)).toBe(words);
  });

  it('when the vocabulary comes as bare ids or as words, then both are read', () => {
    expect(asWords(['must_not', { id: 'may', say: 'may' }, 7, null])).toEqual([
      { id: 'must_not', say: 'must not' },
      { id: 'may', say: 'may' },
    ]);
  });

  it('when some entries are uncertain and unchecked, then they and their sections come first, the rest in order', () => {
    const e = (id: string, uncertain: string[], reviewed = false) => ({ id, uncertain, reviewed });
    const sections = [
      { heading: '1', entries: [e('1a', []), e('1b', ['?'], true)] },
      { heading: '2', entries: [e('2a', []), e('2b', ['who?'])] },
      { heading: '3', entries: [e('3a', [])] },
    ];
    expect(ownerOrder(sections).map((s) => [s.heading, s.entries.map((x) => x.id)])).toEqual([
      ['2', ['2b', '2a']],
      ['1', ['1a', '1b']],
      ['3', ['3a']],
    ]);
  });
});

describe('a deep link opened outside Teams', () => {
  it.each([
    [`?context=${encodeURIComponent('{"subEntityId":"SM-2026-0042"}')}`, 'SM-2026-0042'],
    [`?theme=dark&context=${encodeURIComponent('{"subEntityId":" SM-2026-0001 "}')}`, 'SM-2026-0001'],
    [`?context=${encodeURIComponent('{"subEntityId":"../../api/desk/overview"}')}`, null],
    [`?context=${encodeURIComponent('{"subEntityId":42}')}`, null],
    ['?context=not-json', null],
    ['', null],
  ])('when the query is %s, then the record asked for is %s', (search, ref) => {
    expect(subPageFromQuery(search)).toBe(ref);
  });
});
