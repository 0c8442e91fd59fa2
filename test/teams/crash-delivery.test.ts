import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SPAWN_MARK, waitUntilGroupGone } from '../../bench/spawn.js';
import { silentLogger } from '../../src/log.js';
import { IncidentService } from '../../src/reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../../src/reports/lead-directory.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { FakeConnector } from '../fakes/fake-connector.js';
import { DSL, SAFEGUARDING_TEAM, TeamsClient } from '../fakes/teams-client.js';
import { friendRequestReport } from '../support/alerts.js';

/**
 * Kill -9 between the commit and the post. The real server runs as a child process (`tsx src/main.ts`, as
 * `npm start` does) on a SQLite file in a temp dir; the report is committed by an IncidentService on the same
 * file (as the report form does in the server); the fake Bot Connector holds the alert post open (a hang), and
 * the child is SIGKILLed while its outbox row is mid-send. A second child on the same file must deliver the
 * alert, once. Leases are 5 s here (OUTBOX_LEASE_SECONDS) so the takeover happens within the test.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

interface Child {
  proc: ChildProcess;
  url: string;
  output: () => string;
}

async function startChild(dataDir: string): Promise<Child> {
  const port = await freePort();
  // Its own process group, so SIGKILL reaches tsx's node process and not only the launcher.
  const proc = spawn(TSX, ['src/main.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      [SPAWN_MARK]: process.env.BOUNDARY_TEST_RUN ?? 'manual',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SAFEGUARDING_LEADS: DSL.aadObjectId,
      OUTBOX_LEASE_SECONDS: '5',
      LOG_LEVEL: 'info',
    },
  });
  let out = '';
  proc.stdout?.on('data', (b: Buffer) => {
    out += b.toString();
  });
  proc.stderr?.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}: ${out}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`server not ready in 30 s: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { proc, url, output: () => out };
}

/** Signals the child's whole process group and resolves once every process in it is gone. */
async function stopGroup(child: Child, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
  const pgid = child.proc.pid as number;
  const exited = new Promise<void>((res) => {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) return res();
    child.proc.once('exit', () => res());
  });
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group has already gone.
  }
  await exited;
  // SHUTDOWN_TIMEOUT_MS is 10 s by default: a bot still there after that ignored the signal.
  if (!(await waitUntilGroupGone(pgid, 12_000))) {
    process.kill(-pgid, 'SIGKILL');
    throw new Error(`a process of the bot's group ${pgid} outlived ${signal} (now killed)`);
  }
}

const kill9 = (child: Child) => stopGroup(child, 'SIGKILL');
const stopGracefully = (child: Child) => stopGroup(child, 'SIGTERM');

describe('crash between commit and post (child process, SQLite)', () => {
  let dataDir: string;
  let connector: FakeConnector;
  let store: Store;
  const children: Child[] = [];

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'boundary-crash-'));
    connector = await FakeConnector.start();
  });
  afterEach(async () => {
    for (const c of children.splice(0)) await kill9(c);
    await store?.close();
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function setUp(): Promise<{ first: Child; client: TeamsClient; service: IncidentService }> {
    const first = await startChild(dataDir);
    children.push(first);
    const client = new TeamsClient({ messagesUrl: `${first.url}/api/messages`, serviceUrl: connector.serviceUrl });
    const set = client.channelMessage('set alerts channel', { user: DSL });
    expect((await client.send(set)).status).toBe(200);
    const [reply] = await connector.waitForActivitiesTo((set.conversation as { id: string }).id, 1, 10_000);
    expect(String(reply?.activity.text)).toMatch(/^Done:/);
    const clock = { now: () => new Date() };
    store = await openStore({ dataDir, logger: silentLogger(), clock });
    const service = new IncidentService({
      incidents: store.incidents,
      audit: store.audit,
      leads: new ConfiguredLeadDirectory([]),
      clock,
    });
    return { first, client, service };
  }

  const postsOf = (ref: string) =>
    connector.sent.filter(
      (s) =>
        s.kind === 'createConversation' &&
        s.conversationId.startsWith(SAFEGUARDING_TEAM.channelId) &&
        JSON.stringify(s.activity).includes(ref),
    );

  it('when the server is killed while the alert post is in flight and then restarted, then the alert is delivered exactly once', async () => {
    const { first, service } = await setUp();
    connector.scriptFaults([{ hang: true }], (c) => c.kind === 'createConversation');
    const { incident } = await service.submitReport(friendRequestReport(), 'crash-1');

    // The relay picked the row up and handed it to Teams, which has not answered: kill -9 now.
    await connector.waitFor((c) => c.kind === 'createConversation' && c.answered === 'hang', 10_000);
    await kill9(first);
    const row = (await store.outbox.listUndelivered(10)).find((r) => r.kind === 'alert.post');
    expect(row?.status).toBe('sending');
    expect((await store.incidents.get(incident.id))?.alert).toBeNull();

    const second = await startChild(dataDir);
    children.push(second);
    // The first server's lease (5 s) runs out, the second takes the row over and posts.
    await connector.waitForActivity((s) => postsOf(incident.ref).includes(s), 20_000);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(postsOf(incident.ref)).toHaveLength(1);
    expect((await store.incidents.get(incident.id))?.alert?.activityId).toBe(postsOf(incident.ref)[0]?.activityId);
    expect(second.output()).toContain('resuming a delivery a stopped instance left mid-send');
    await stopGracefully(second);
  }, 60_000);

  it('when a report is committed while the server is down (killed before its relay ran), then the restarted server delivers the alert exactly once', async () => {
    const { first, service } = await setUp();
    await kill9(first);
    const { incident } = await service.submitReport(friendRequestReport(), 'crash-2');
    expect(connector.requests.filter((c) => c.kind === 'createConversation')).toHaveLength(0);

    const second = await startChild(dataDir);
    children.push(second);
    await connector.waitForActivity((s) => postsOf(incident.ref).includes(s), 20_000);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(postsOf(incident.ref)).toHaveLength(1);
    await stopGracefully(second);
  }, 60_000);
});
