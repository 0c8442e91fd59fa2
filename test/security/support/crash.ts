import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BotProcess, freePort, spawnBot } from '../../../bench/spawn.js';
import { FakeConnector } from '../../fakes/fake-connector.js';
import { mulberry32 } from '../../fakes/seeded-random.js';
import { DSL, SAFEGUARDING_TEAM, TeamsClient, type TeamsUser } from '../../fakes/teams-client.js';
import { fileReport } from './fuzz.js';
import { checkSqliteInvariants } from './invariants.js';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

/**
 * The crash harness: the REAL server as a child process (`node --import tsx src/main.ts`, as `npm start` runs
 * it) on a temporary SQLite DATA_DIR, staff filing reports through POST /api/messages while the process is
 * SIGKILLed at random moments and restarted. A report counts as confirmed only when its reporter saw the
 * confirmation card with the reference. At the end every confirmed reference must be in the database and its
 * alert in the fake connector's record; duplicate channel posts are counted.
 */
export interface CrashOptions {
  cycles: number;
  /** Staff filing reports at once. */
  reporters: number;
  /** Kill between these many ms after the server is ready. */
  killAfterMs: [number, number];
  seed?: number;
  /**
   * Reports each member of staff files per cycle (default 3). Bounded because every alert goes to one channel,
   * which the relay paces to Teams' limits (59 in 30 s, 1,799 an hour): an unbounded stream of reports from a
   * loop would outrun what Teams accepts, which no school produces, and the test would only measure the wait.
   */
  reportsPerCycle?: number;
  /** How long to wait at the end for every alert to be posted. */
  settleMs?: number;
  log?: (line: string) => void;
}

export interface CrashResult {
  cycles: number;
  kills: number;
  confirmed: string[];
  submitsAttempted: number;
  storedIncidents: number;
  confirmedMissingFromDb: string[];
  alertsMissing: string[];
  /** Channel posts beyond the first, per reference. */
  duplicatePosts: number;
  duplicateRefs: string[];
  invariantProblems: string[];
  outbox: { pending: number; sending: number; delivered: number; dead: number };
  dueUndelivered: number;
  restartMs: number[];
}

function reporter(i: number): TeamsUser {
  return {
    id: `29:1crash-${i}`,
    aadObjectId: `cccccccc-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Crash Reporter ${i}`,
    userPrincipalName: `crash.${i}@school.example`,
  };
}

export async function runCrashCycles(opts: CrashOptions): Promise<CrashResult> {
  const random = mulberry32(opts.seed ?? 7);
  const log = opts.log ?? (() => {});
  const workDir = mkdtempSync(join(tmpdir(), 'boundary-crash-'));
  const dataDir = join(workDir, 'data');
  const connector = await FakeConnector.start({ defaultMembers: [DSL] });
  connector.setTeam(SAFEGUARDING_TEAM.teamId, {
    name: SAFEGUARDING_TEAM.name,
    channels: [{ id: SAFEGUARDING_TEAM.channelId, name: SAFEGUARDING_TEAM.channelName }],
  });
  const confirmed = new Set<string>();
  let submitsAttempted = 0;
  let kills = 0;
  const restartMs: number[] = [];

  const start = async (): Promise<{ bot: BotProcess; client: TeamsClient }> => {
    const port = await freePort();
    const bot = await spawnBot({
      script: join(REPO, 'src/main.ts'),
      cwd: REPO,
      port,
      // A start-up (tsx compiling src/ in a fresh process) takes seconds on a busy 2-core machine.
      readyTimeoutMs: 90_000,
      logFile: join(workDir, 'server.log'),
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SAFEGUARDING_LEADS: DSL.aadObjectId,
        // After a crash, rows the dead process had claimed are taken over once this lease ends.
        OUTBOX_LEASE_SECONDS: '5',
        RATE_LIMIT_QUESTIONS_PER_MINUTE: '10000',
        RATE_LIMIT_REPORTS_PER_HOUR: '10000',
        LOG_LEVEL: 'warn',
        BOT_ID: undefined,
        BOT_PASSWORD: undefined,
        DATABASE_URL: undefined,
      },
    });
    restartMs.push(bot.startupMs);
    return {
      bot,
      client: new TeamsClient({ messagesUrl: `${bot.url}/api/messages`, serviceUrl: connector.serviceUrl }),
    };
  };

  try {
    {
      const { bot, client } = await start();
      await client.send(client.teamInstall({ user: DSL }));
      const set = await client.send(client.channelMessage('set alerts channel', { user: DSL }));
      if (set.status !== 200) throw new Error(`set alerts channel answered ${set.status}`);
      await bot.stop();
    }
    for (let cycle = 0; cycle < opts.cycles; cycle++) {
      const { bot, client } = await start();
      let killed = false;
      const [lo, hi] = opts.killAfterMs;
      const killAt = lo + random() * (hi - lo);
      let confirmedThisCycle: () => void = () => {};
      const firstConfirmed = new Promise<void>((resolve) => {
        confirmedThisCycle = resolve;
      });
      const workers = Array.from({ length: opts.reporters }, async (_, r) => {
        const user = reporter(cycle * 1000 + r);
        for (let n = 0; !killed && n < (opts.reportsPerCycle ?? 3); n++) {
          submitsAttempted += 1;
          try {
            const filed = await fileReport(client, user, r % 2 === 0 ? 'friend' : 'post');
            if (filed.reference) {
              confirmed.add(filed.reference);
              confirmedThisCycle();
            }
          } catch {
            // The server died mid-conversation: this report was never confirmed.
            return;
          }
        }
      });
      // The kill comes at a random moment once a report of this cycle is through, so on a slow machine the
      // server is never killed before staff have got anywhere (which would test nothing).
      await new Promise((r) => setTimeout(r, killAt));
      await Promise.race([firstConfirmed, new Promise((r) => setTimeout(r, 60_000))]);
      killed = true;
      process.kill(bot.pid, 'SIGKILL');
      kills += 1;
      await bot.stop(100);
      await Promise.all(workers);
      log(`cycle ${cycle + 1}: killed after ${Math.round(killAt)} ms; ${confirmed.size} confirmed so far`);
    }
    // Last start: let the relay deliver everything (rows claimed by a killed process come back after the lease).
    const { bot } = await start();
    // Generous: alerts to one channel are paced to Teams' limits (about 3.5 a second sustained), and a busy CI
    // machine is slower still. The loop ends as soon as everything is delivered.
    const deadline = Date.now() + (opts.settleMs ?? 90_000);
    let facts = checkSqliteInvariants(dataDir);
    while (Date.now() < deadline) {
      facts = checkSqliteInvariants(dataDir);
      if (facts.dueUndelivered === 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await bot.stop();
    facts = checkSqliteInvariants(dataDir, { now: new Date() });

    const postsByRef = new Map<string, number>();
    for (const s of connector.sent) {
      if (s.kind !== 'createConversation' || !s.conversationId.startsWith(SAFEGUARDING_TEAM.channelId)) continue;
      const ref = /SM-\d{4}-\d{4}/.exec(JSON.stringify(s.activity))?.[0];
      if (ref) postsByRef.set(ref, (postsByRef.get(ref) ?? 0) + 1);
    }
    const storedRefs = new Set(facts.incidents.map((i) => i.ref));
    const duplicateRefs = [...postsByRef].filter(([, n]) => n > 1).map(([ref]) => ref);
    return {
      cycles: opts.cycles,
      kills,
      confirmed: [...confirmed].sort(),
      submitsAttempted,
      storedIncidents: facts.incidents.length,
      confirmedMissingFromDb: [...confirmed].filter((ref) => !storedRefs.has(ref)),
      alertsMissing: [...confirmed].filter((ref) => !postsByRef.has(ref)),
      duplicatePosts: [...postsByRef.values()].reduce((a, n) => a + (n - 1), 0),
      duplicateRefs,
      invariantProblems: facts.problems,
      outbox: facts.outbox,
      dueUndelivered: facts.dueUndelivered,
      restartMs,
    };
  } finally {
    await connector.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}
