import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { botsStillRunning, processExists, SPAWN_MARK, waitUntilGroupGone } from '../../bench/spawn.js';

/** The check test/no-bot-left.ts runs at the end of every test run, tried on a process that ignores SIGTERM. */
describe('finding bots a run left behind', () => {
  it('when a marked process ignores SIGTERM, then it is found by its mark, and once killed it is gone', async () => {
    const run = `check-${randomUUID()}`;
    const child = spawn(
      process.execPath,
      ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000); console.log("ready");'],
      {
        env: { ...process.env, [SPAWN_MARK]: run },
        stdio: ['ignore', 'pipe', 'ignore'],
        detached: true,
      },
    );
    const pid = child.pid as number;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      await new Promise((r) => child.stdout?.once('data', r));
      process.kill(pid, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
      expect(botsStillRunning(run).map((b) => b.pid)).toEqual([pid]);
      expect(botsStillRunning(`other-${run}`)).toEqual([]);
    } finally {
      process.kill(pid, 'SIGKILL');
    }
    await exited;
    expect(await waitUntilGroupGone(pid, 2_000)).toBe(true);
    expect(processExists(pid)).toBe(false);
    expect(botsStillRunning(run)).toEqual([]);
  });
});
