import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { forEachDatabase, ManualClock, type TestDatabase } from './factories.js';

/** The two writes a question turn makes (turn state and the person's chat reference), kept cheap but correct. */
forEachDatabase(
  'turn writes',
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

    const ref = (serviceUrl: string, activityId: string) => ({
      activityId,
      serviceUrl,
      user: { id: '29:u1', aadObjectId: 'aad-1' },
      conversation: { id: 'a:personal-1' },
    });
    const updatedAt = async () =>
      (
        await t.store.db
          .selectFrom('conversation_refs')
          .select('updated_at')
          .where('user_id', '=', 'aad-1')
          .executeTakeFirst()
      )?.updated_at;

    it('when the same reference comes again with a new activity id, then it is not written again', async () => {
      await t.store.conversations.saveIfChanged('aad-1', ref('https://smba.example/', 'act-1'), clock.now());
      const first = await updatedAt();
      clock.advance(60_000);
      await t.store.conversations.saveIfChanged('aad-1', ref('https://smba.example/', 'act-2'), clock.now());
      expect(await updatedAt()).toBe(first);
      expect(await t.store.conversations.get('aad-1')).toMatchObject({ activityId: 'act-1' });
    });

    it('when the reference changes, then the new one is stored at once', async () => {
      await t.store.conversations.saveIfChanged('aad-1', ref('https://smba.example/', 'act-1'), clock.now());
      clock.advance(1_000);
      await t.store.conversations.saveIfChanged('aad-1', ref('https://smba.other.example/', 'act-2'), clock.now());
      expect(await t.store.conversations.get('aad-1')).toMatchObject({ serviceUrl: 'https://smba.other.example/' });
    });

    it('when an hour has passed, then an unchanged reference is written again (another instance may have written)', async () => {
      await t.store.conversations.saveIfChanged('aad-1', ref('https://smba.example/', 'act-1'), clock.now());
      await t.store.db.deleteFrom('conversation_refs').execute();
      clock.advance(61 * 60_000);
      await t.store.conversations.saveIfChanged('aad-1', ref('https://smba.example/', 'act-2'), clock.now());
      expect(await t.store.conversations.get('aad-1')).toMatchObject({ activityId: 'act-2' });
    });

    it('when turn state is written, then it reads back and the connection keeps its durability setting', async () => {
      await t.store.botStorage.write({ 'conv/a': { recent: [1, 2, 3] } });
      const read = await t.store.botStorage.read(['conv/a']);
      expect(read['conv/a']).toMatchObject({ recent: [1, 2, 3] });
      await t.store.botStorage.write({ 'conv/a': { ...read['conv/a'], recent: [4] } });
      expect((await t.store.botStorage.read(['conv/a']))['conv/a']).toMatchObject({ recent: [4] });
      await expect(t.store.botStorage.write({ 'conv/a': { recent: [5], eTag: 'stale' } })).rejects.toThrow(/eTag/);
      if (factory.name === 'sqlite') {
        // Reports commit with FULL: the relaxed setting must not outlive the turn-state write.
        const mode = await sql<{ synchronous: number }>`pragma synchronous`.execute(t.store.db);
        expect(mode.rows[0]?.synchronous).toBe(2);
      }
    });

    it('when answers are saved (and old ones pruned), then the connection keeps its durability setting', async () => {
      await t.store.recentAnswers.save('conv', {
        id: 'a-1',
        at: clock.now().toISOString(),
        answer: { verdict: 'allowed' },
      });
      clock.advance(2 * 60 * 60_000);
      await t.store.recentAnswers.save('conv', {
        id: 'a-2',
        at: clock.now().toISOString(),
        answer: { verdict: 'allowed' },
      });
      expect(await t.store.recentAnswers.find('conv', 'a-2')).toBeDefined();
      if (factory.name === 'sqlite') {
        const mode = await sql<{ synchronous: number }>`pragma synchronous`.execute(t.store.db);
        expect(mode.rows[0]?.synchronous).toBe(2);
      }
    });

    it('when turn state is written while another transaction is open and then rolled back, then the turn state is kept', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let begun!: () => void;
      const inside = new Promise<void>((resolve) => {
        begun = resolve;
      });
      const rolledBack = t.store.db
        .transaction()
        .execute(async (trx) => {
          await trx
            .insertInto('bot_state')
            .values({ key: 'other', value: '{}', etag: 'e', updated_at: 'now' })
            .execute();
          begun();
          await held;
          throw new Error('roll back');
        })
        .catch((err: Error) => err.message);
      await inside;
      const written = t.store.botStorage.write({ 'conv/b': { step: 2 } });
      release();
      expect(await rolledBack).toBe('roll back');
      await written;
      const read = await t.store.botStorage.read(['conv/b', 'other']);
      expect(Object.keys(read)).toEqual(['conv/b']);
      expect(read['conv/b']).toMatchObject({ step: 2 });
    });
  },
  'store',
);
