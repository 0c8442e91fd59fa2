import { afterEach, beforeEach, expect, it } from 'vitest';
import { SqlRecentAnswers } from '../../src/store/sql-recent-answers.js';
import { forEachDatabase, ManualClock, type TestDatabase } from './factories.js';

const DAY = 24 * 60 * 60 * 1000;
const answer = { question: 'Can I accept?', verdict: 'not_allowed', citations: [{ clauseId: '2.1', text: 'Never.' }] };

forEachDatabase(
  'recent answers',
  (factory) => {
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

    it('when the person says it helped, then it reads back rated, and a rating from another conversation changes nothing', async () => {
      const store = t.store.recentAnswers;
      await store.save('conv-a', { id: 'a-1', at: clock.now().toISOString(), answer });
      await store.setHelpful('conv-b', 'a-1', false);
      expect((await store.find('conv-a', 'a-1'))?.helpful).toBeUndefined();
      await store.setHelpful('conv-a', 'a-1', true);
      expect((await store.find('conv-a', 'a-1'))?.helpful).toBe(true);
    });

    it('when what was read is changed, then the stored answer is not', async () => {
      const store = t.store.recentAnswers;
      await store.save('conv-a', { id: 'a-1', at: clock.now().toISOString(), answer: { ...answer } });
      const read = (await store.find('conv-a', 'a-1'))?.answer as { verdict: string };
      read.verdict = 'allowed';
      const again = (await store.find('conv-a', 'a-1'))?.answer as { verdict: string };
      expect(again.verdict).toBe('not_allowed');
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
  },
  'store',
);
