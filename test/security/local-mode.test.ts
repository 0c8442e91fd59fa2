import { createConnection } from 'node:net';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { startBoundary } from '../../src/main.js';
import { openTempStore, testConfig } from '../support/bot.js';

/** Local (unauthenticated) mode must never listen beyond loopback, even if a config object says otherwise. */
describe('local mode binds loopback only', () => {
  it('when a local-mode config asks for 0.0.0.0 without ALLOW_UNAUTHENTICATED_REMOTE, then startBoundary refuses and nothing listens', async () => {
    const config = { ...testConfig(), host: '0.0.0.0', port: 0 };
    await expect(startBoundary(config, { logger: silentLogger() })).rejects.toMatchObject({ code: 'config_invalid' });
  });

  it('when local mode starts on the defaults, then it listens on 127.0.0.1 and not on the machine’s other addresses', async () => {
    const running = await startBoundary(testConfig(), {
      logger: silentLogger(),
      loadQuestions: async () => ({ answer: async () => ({}) as never }),
      openStore: () => openTempStore(),
    });
    try {
      const url = new URL(running.url);
      expect(url.hostname).toBe('127.0.0.1');
      const { networkInterfaces } = await import('node:os');
      const external = Object.values(networkInterfaces())
        .flat()
        .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
      if (external) {
        const reached = await new Promise<boolean>((resolve) => {
          const socket = createConnection({ host: external, port: Number(url.port) });
          socket.once('connect', () => {
            socket.destroy();
            resolve(true);
          });
          socket.once('error', () => resolve(false));
        });
        expect(reached).toBe(false);
      }
    } finally {
      await running.stop();
    }
  });
});
