import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bindingRefusal } from '../../src/config.js';
import { BoundaryError } from '../../src/errors.js';
import { type RunningBoundary, startBoundary } from '../../src/main.js';
import { FakeConnector } from '../fakes/fake-connector.js';
import { FixedAnswerService } from '../fakes/fixed-answer-service.js';
import { STAFF, TeamsClient } from '../fakes/teams-client.js';
import { memoryLogger, openTempStore, testConfig } from '../support/bot.js';

function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('start-up, readiness and shutdown', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('when the policy is still loading, then /readyz is 503 and messages get 503, and both turn 200 once it loads', async () => {
    const loading = gate();
    const questions = new FixedAnswerService();
    const boundary = await startBoundary(testConfig(), {
      logger: memoryLogger().logger,
      openStore: () => openTempStore(),
      loadQuestions: async () => {
        await loading.promise;
        return questions;
      },
    });
    cleanups.push(() => boundary.stop());
    const connector = await FakeConnector.start();
    cleanups.push(() => connector.close());
    const client = new TeamsClient({ messagesUrl: boundary.messagesUrl, serviceUrl: connector.serviceUrl });

    const before = await fetch(`${boundary.url}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({ ready: false, pending: ['policy'] });
    const early = await client.send(client.personalMessage('too early'));
    expect(early.status).toBe(503);
    expect((await fetch(`${boundary.url}/healthz`)).status).toBe(200);

    loading.open();
    await boundary.ready;
    expect((await fetch(`${boundary.url}/readyz`)).status).toBe(200);
    expect((await client.send(client.personalMessage('now'))).status).toBe(200);
    expect(questions.questions).toEqual(['now']);
  });

  it('when the policy fails to load, then ready rejects with its code and /readyz stays 503', async () => {
    const boundary = await startBoundary(testConfig(), {
      logger: memoryLogger().logger,
      openStore: () => openTempStore(),
      loadQuestions: async () => {
        throw new BoundaryError('policy_empty', 'policies/empty.md has no clauses');
      },
    });
    cleanups.push(() => boundary.stop());
    await expect(boundary.ready).rejects.toMatchObject({ code: 'policy_empty' });
    const res = await fetch(`${boundary.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ failed: 'policy_empty' });
  });

  it('when stopping while a turn is in flight, then the turn finishes, its reply is sent, and then the store closes', async () => {
    const questions = new FixedAnswerService();
    const order: string[] = [];
    const connector = await FakeConnector.start();
    cleanups.push(() => connector.close());
    const boundary: RunningBoundary = await startBoundary(testConfig(), {
      logger: memoryLogger().logger,
      openStore: async () => {
        const store = await openTempStore();
        return {
          ...store,
          close: async () => {
            await store.close();
            order.push('store closed');
          },
        };
      },
      loadQuestions: async () => questions,
      startWorkers: () => [
        {
          stop: async () => {
            order.push('worker stopped');
          },
        },
      ],
    });
    await boundary.ready;
    const client = new TeamsClient({ messagesUrl: boundary.messagesUrl, serviceUrl: connector.serviceUrl });

    questions.hold();
    const turn = client.send(client.personalMessage('slow question'));
    await waitUntil(() => questions.questions.length === 1);
    const stopped = boundary.stop().then(() => order.push('stopped'));
    // New work is refused while draining.
    await new Promise((r) => setTimeout(r, 50));
    expect(order).toEqual([]);
    questions.release();
    const res = await turn;
    await stopped;
    expect(res.status).toBe(200);
    expect(connector.activitiesTo(client.personalConversationId(STAFF))).toHaveLength(1);
    expect(order).toEqual(['worker stopped', 'store closed', 'stopped']);
    await expect(fetch(`${boundary.url}/healthz`)).rejects.toThrow();
  });

  it('when stop is called twice, then both calls resolve once the server has stopped', async () => {
    const boundary = await startBoundary(testConfig(), {
      logger: memoryLogger().logger,
      openStore: () => openTempStore(),
      loadQuestions: async () => new FixedAnswerService(),
    });
    await boundary.ready;
    await Promise.all([boundary.stop(), boundary.stop()]);
    await expect(fetch(`${boundary.url}/healthz`)).rejects.toThrow();
  });

  it('when local mode is asked to bind to a non-loopback address, then start-up is refused', async () => {
    const config = { ...testConfig(), host: '0.0.0.0' };
    await expect(startBoundary(config, { logger: memoryLogger().logger })).rejects.toMatchObject({
      code: 'config_invalid',
    });
    expect(bindingRefusal('0.0.0.0', { mode: 'local' }, true)).toBeNull();
  });

  it('when local mode starts, then a loud warning says requests are not authenticated', async () => {
    const { logger, lines } = memoryLogger();
    const boundary = await startBoundary(testConfig(), {
      logger,
      openStore: () => openTempStore(),
      loadQuestions: async () => new FixedAnswerService(),
    });
    cleanups.push(() => boundary.stop());
    const warning = lines().find((l) => String(l.msg).startsWith('LOCAL MODE'));
    expect(warning?.level).toBe(40);
    expect(String(warning?.msg)).toContain('NOT authenticated');
  });
});

describe('embedded defaults (what `npm start` runs)', () => {
  it('when started with no store or policy injected, then it opens SQLite in DATA_DIR, loads the example policy and answers from it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'boundary-main-'));
    const connector = await FakeConnector.start();
    const boundary = await startBoundary(testConfig({ DATA_DIR: dataDir }), { logger: memoryLogger().logger });
    try {
      await boundary.ready;
      expect(existsSync(join(dataDir, 'boundary.sqlite'))).toBe(true);
      const client = new TeamsClient({ messagesUrl: boundary.messagesUrl, serviceUrl: connector.serviceUrl });
      const res = await client.send(client.personalMessage('a pupil sent me a friend request on instagram'));
      expect(res.status).toBe(200);
      const conv = client.personalConversationId(STAFF);
      await connector.waitForActivitiesTo(conv, 1);
      const card = connector.cardsTo(conv)[0];
      // A real answer quotes the policy: at least one citation container with a quote.
      expect(JSON.stringify(card)).toContain('"italic":true');
    } finally {
      await boundary.stop();
      await connector.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

async function waitUntil(probe: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
