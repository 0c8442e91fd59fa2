import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryRecentAnswers, type RecentAnswerStore, SqlRecentAnswers } from '../../src/store/sql-recent-answers.js';
import { forEachDatabase, ManualClock, type TestDatabase } from './factories.js';

const DAY = 24 * 60 * 60 * 1000;
const answer = { question: 'Can I accept?', verdict: 'not_allowed', citations: [{ clauseId: '2.1', text: 'Never.' }] };

/** The contract both stores keep, on plain values. */
function contract(
  name: string,
  make: (clock: ManualClock) => Promise<{ store: RecentAnswerStore; done?: () => Promise<void> }>,
) {
  describe(name, () => {
    let clock: ManualClock;
    let store: RecentAnswerStore;
    let done: (() => Promise<void>) | undefined;
    beforeEach(async () => {
      clock = new ManualClock();
      ({ store, done } = await make(clock));
    });
    afterEach(async () => {
      await done?.();
    });

    it('when an answer is saved, then it is found by its id in its own conversation and in no other', async () => {
      await store.save('conv-a', { id: 'a-1', at: clock.now().toISOString(), answer });
      expect(await store.find('conv-a', 'a-1')).toEqual({ id: 'a-1', at: clock.now().toISOString(), answer });
      expect(await store.find('conv-b', 'a-1')).toBeUndefined();
      expect(await store.find('conv-a', 'a-2')).toBeUndefined();
    });

    it('when the person says it helped, then it reads back rated, and a rating from another conversation changes nothing', async () => {
      await store.save('conv-a', { id: 'a-1', at: clock.now().toISOString(), answer });
      await store.setHelpful('conv-b', 'a-1', false);
      expect((await store.find('conv-a', 'a-1'))?.helpful).toBeUndefined();
      await store.setHelpful('conv-a', 'a-1', true);
      expect((await store.find('conv-a', 'a-1'))?.helpful).toBe(true);
    });

    it('when what was read is changed, then the stored answer is not', async () => {
      await store.save('conv-a', { id: 'a-1', at: clock.now().toISOString(), answer: { ...answer } });
      const read = await store.find('conv-a', 'a-1');
      (read!.answer as { verdict: string }).verdict = 'allowed';
      expect(((await store.find('conv-a', 'a-1'))!.answer as { verdict: string }).verdict).toBe('not_allowed');
    });
  });
}

contract('recent answers in memory (no database)', async (clock) => ({ store: new MemoryRecentAnswers(clock, 30) }));

describe('recent answers in memory: ageing out', () => {
  it('when an answer is older than the days kept, then it is gone', async () => {
    const clock = new ManualClock();
    const store = new MemoryRecentAnswers(clock, 30);
    await store.save('c', { id: 'a-1', at: clock.now().toISOString(), answer });
    clock.advance(31 * DAY);
    expect(await store.find('c', 'a-1')).toBeUndefined();
  });

  it('when more answers than the cap are kept, then the oldest go first', async () => {
    const clock = new ManualClock();
    const store = new MemoryRecentAnswers(clock, 30, 2);
    for (const id of ['a-1', 'a-2', 'a-3']) await store.save('c', { id, at: clock.now().toISOString(), answer });
    expect(await store.find('c', 'a-1')).toBeUndefined();
    expect(await store.find('c', 'a-3')).toBeDefined();
  });
});

forEachDatabase('recent answers', (factory) => {
  let t: TestDatabase;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock();
    t = await factory.create(clock);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('when an answer is saved, then it is found in its own conversation only, and a rating reads back', async () => {
    const store = t.store.recentAnswers;
    await store.save('conv-a', { id: 'a-1', at: clock.now().toISOString(), answer });
    expect(await store.find('conv-a', 'a-1')).toEqual({ id: 'a-1', at: clock.now().toISOString(), answer });
    expect(await store.find('conv-b', 'a-1')).toBeUndefined();
    await store.setHelpful('conv-a', 'a-1', false);
    expect(await store.find('conv-a', 'a-1')).toMatchObject({ helpful: false });
  });

  it('when answers are older than the days kept, then the next save an hour later deletes them and keeps the rest', async () => {
    const store = new SqlRecentAnswers(t.store.db, clock, 30);
    await store.save('c', { id: 'old', at: clock.now().toISOString(), answer });
    clock.advance(20 * DAY);
    await store.save('c', { id: 'newer', at: clock.now().toISOString(), answer });
    clock.advance(11 * DAY);
    await store.save('c', { id: 'newest', at: clock.now().toISOString(), answer });
    expect(await store.find('c', 'old')).toBeUndefined();
    expect(await store.find('c', 'newer')).toBeDefined();
    expect(await store.find('c', 'newest')).toBeDefined();
  });

  it('when the same answer id is saved twice, then the second save rejects and the first answer stands', async () => {
    const store = t.store.recentAnswers;
    await store.save('c', { id: 'a-1', at: clock.now().toISOString(), answer });
    await expect(
      store.save('c', { id: 'a-1', at: clock.now().toISOString(), answer: { other: true } }),
    ).rejects.toThrow();
    expect((await store.find('c', 'a-1'))?.answer).toEqual(answer);
  });
});
