import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { STAFF, type TeamsUser } from '../fakes/teams-client.js';
import { fileReport } from '../security/support/fuzz.js';
import { checkSqliteInvariants } from '../security/support/invariants.js';
import { startTarget } from '../security/support/target.js';
import { executeActions } from '../support/cards.js';
import { startChild } from './child.js';
import { recordFigures } from './figures.js';

/**
 * The database failing under the bot: the SQLite file locked by another process, the disk full, PostgreSQL
 * restarted. A report must then be refused with a clear message and its answers kept (never half-written), and
 * the bot must take reports again once the database is back.
 */
const REPO = resolve(import.meta.dirname, '..', '..');
const rows: [string, string | number][] = [];
const person = (i: number): TeamsUser => ({
  id: `29:1db-${i}`,
  aadObjectId: `eeeeeeee-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `Db Reporter ${i}`,
  userPrincipalName: `db.${i}@school.example`,
});
const NOT_SENT = /not (been )?sent|could not be stored|something went wrong|try again/i;

function answerText(card: unknown): string {
  return JSON.stringify(card ?? '');
}

describe('database faults', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
    recordFigures('database', 'Database faults: locked, full, restarted', rows);
  });

  it('when another process holds an exclusive lock on the SQLite file, then Send is refused with a clear message, nothing is half-written, and Try again goes through once the lock is released', async () => {
    // The default poll: every relay pass on a locked file waits out busy_timeout on the event loop.
    const target = await startTarget({ env: { LOG_LEVEL: 'warn' }, deps: { relay: { tuning: { pollMs: 2_000 } } } });
    cleanups.push(() => target.dispose());
    const file = join(target.dataDir, 'boundary.sqlite');
    let holder: ChildProcess | undefined;
    const lock = async () => {
      holder = spawn(
        process.execPath,
        [
          '-e',
          `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.exec('BEGIN EXCLUSIVE');d.prepare("insert into settings(key,value,updated_at) values('lock-holder','x','x')").run();process.stdout.write('locked\\n');process.stdin.on('data',()=>{d.exec('ROLLBACK');process.exit(0)});`,
        ],
        { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] },
      );
      await new Promise<void>((r) => holder?.stdout?.once('data', () => r()));
    };
    let sentAt = 0;
    const refused = await fileReport(
      target.client,
      person(1),
      'friend',
      {},
      {
        beforeSubmit: async () => {
          await lock();
          sentAt = performance.now();
        },
      },
    );
    const refusedMs = performance.now() - sentAt;
    expect(refused.reference).toBeUndefined();
    expect(answerText(refused.card)).toMatch(NOT_SENT);
    const tryAgain = executeActions(refused.card).find((a) => a.verb.endsWith('.submit'));
    expect(tryAgain).toBeDefined();
    holder?.stdin?.write('release\n');
    await new Promise((r) => holder?.once('exit', r));
    const retried = await target.client.send(
      target.client.invoke(tryAgain?.verb as string, tryAgain?.data ?? {}, { user: person(1) }),
    );
    expect(JSON.stringify(retried.body)).toMatch(/SM-\d{4}-\d{4}/);
    await target.stop();
    const facts = checkSqliteInvariants(target.dataDir);
    expect(facts.problems).toEqual([]);
    expect(facts.incidents).toHaveLength(1);
    rows.push([
      'SQLite locked by another process: Send answered "not sent, Try again" after (ms)',
      Math.round(refusedMs),
    ]);
    rows.push(['SQLite locked: Try again after release stored it once, record whole', 'yes']);
  });

  it('when the disk holding the SQLite file is full, then reports are refused with a clear message, nothing is half-written, and they go through once space is freed', async () => {
    const mountPoint = mkdtempSync(join(tmpdir(), 'boundary-full-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4M', 'tmpfs', mountPoint]);
    } catch (err) {
      rows.push(['Disk full', `not measured: cannot mount a tmpfs (${(err as Error).message.split('\n')[0]})`]);
      console.warn('disk-full test skipped: cannot mount a tmpfs here');
      return;
    }
    cleanups.push(() => {
      try {
        execFileSync('umount', [mountPoint]);
      } catch {}
      rmSync(mountPoint, { recursive: true, force: true });
    });
    const dataDir = join(mountPoint, 'data');
    mkdirSync(dataDir);
    const target = await startTarget({ dataDir, env: { LOG_LEVEL: 'warn' } });
    cleanups.push(() => {
      console.log(
        target
          .log()
          .split('\n')
          .filter((l) => l.includes('"level":50'))
          .slice(0, 6)
          .join('\n')
          .slice(0, 3000),
      );
      return target.dispose();
    });
    const before = await fileReport(target.client, person(2), 'friend');
    expect(before.reference).toMatch(/SM-/);
    // Fill the rest of the disk.
    const filler = join(mountPoint, 'filler');
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (let i = 0; i < 1_000; i++) writeFileSync(filler, chunk, { flag: 'a' });
    } catch {
      // ENOSPC: the disk is full.
    }
    const refusedAnswers: string[] = [];
    let storedWhileFull = 0;
    for (let i = 0; i < 5; i++) {
      const r = await fileReport(target.client, person(10 + i), i % 2 ? 'post' : 'friend');
      if (r.reference) storedWhileFull += 1;
      else refusedAnswers.push(answerText(r.lastBody));
    }
    rmSync(filler);
    const after = await fileReport(target.client, person(20), 'post');
    expect(after.reference).toMatch(/SM-/);
    expect(await fetch(`${target.boundary.url}/readyz`).then((r) => r.status)).toBe(200);
    await target.stop();
    const facts = checkSqliteInvariants(target.dataDir);
    expect(facts.problems).toEqual([]);
    expect(facts.incidents).toHaveLength(2 + storedWhileFull);
    for (const a of refusedAnswers) expect(a).toMatch(NOT_SENT);
    rows.push([
      'Disk full (4 MB tmpfs): reports refused with a message while full',
      `${refusedAnswers.length} of 5 (${storedWhileFull} still fitted in free pages)`,
    ]);
    rows.push([
      'Disk full: record invariants after, report stored once space was freed',
      facts.problems.length === 0 ? 'whole; yes' : 'PROBLEMS',
    ]);
    expect(refusedAnswers.length).toBeGreaterThan(0);
  });

  const pgUrl = process.env.TEST_DATABASE_URL;

  /** A database of this run's own on the test server, dropped at the end; its URL. */
  async function ownDatabase(suffix: string): Promise<string> {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    const dbName = `boundary_resilience_${suffix}_${process.pid}`;
    await admin.query(`create database ${dbName}`);
    await admin.end();
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    });
    const url = new URL(pgUrl as string);
    url.pathname = `/${dbName}`;
    return url.toString();
  }

  it.skipIf(!pgUrl)(
    'when PostgreSQL cuts every connection of the running bot again and again (a failover) while staff file reports, then the bot process stays up and takes reports once the cuts stop',
    async () => {
      const dbUrl = await ownDatabase('failover');
      const dbName = new URL(dbUrl).pathname.slice(1);
      // The real server as its own process: an uncaught error there ends the process, which is what is looked for.
      const child = await startChild({ DATABASE_URL: dbUrl, LOG_LEVEL: 'warn' });
      cleanups.push(async () => {
        await child.bot.stop();
        await child.connector.close();
        rmSync(child.workDir, { recursive: true, force: true });
      });
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      let cuts = 0;
      let cutConnections = 0;
      let cutting = true;
      const cutter = (async () => {
        while (cutting) {
          const { rows } = await admin.query(
            'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
            [dbName],
          );
          cuts += 1;
          cutConnections += Number(rows[0]?.n ?? 0);
          await new Promise((r) => setTimeout(r, 150));
        }
      })();
      let during = 0;
      let duringStored = 0;
      for (let i = 0; i < 8; i++) {
        const r = await fileReport(child.client, person(70 + i), i % 2 ? 'post' : 'friend').catch(() => ({
          reference: undefined,
        }));
        during += 1;
        if (r.reference) duringStored += 1;
      }
      cutting = false;
      await cutter;
      await admin.end();
      expect(child.bot.exit()).toBeNull();
      const after = await fileReport(child.client, person(90), 'friend');
      expect(after.reference).toMatch(/SM-/);
      const exit = await child.bot.stop(15_000);
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(cutConnections).toBeGreaterThan(0);
      rows.push([
        "PostgreSQL cutting the bot process's connections (pg_terminate_backend every 150 ms): passes / connections cut",
        `${cuts} / ${cutConnections}`,
      ]);
      rows.push(['Reports filed during the cuts: stored / attempted', `${duringStored} / ${during}`]);
      rows.push(['Bot process still up after the cuts, report stored, clean exit', 'yes']);
    },
  );

  it.skipIf(!pgUrl)(
    'when PostgreSQL restarts mid-run, then reports during the outage are refused with a message and the store reconnects by itself',
    async () => {
      const url = await ownDatabase('restart');
      const target = await startTarget({ env: { DATABASE_URL: url, LOG_LEVEL: 'warn' } });
      cleanups.push(() => target.dispose());
      const refs: string[] = [];
      const first = await fileReport(target.client, STAFF, 'friend');
      expect(first.reference).toMatch(/SM-/);
      refs.push(first.reference as string);

      const cluster = execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n')[0] as string;
      const restartStarted = performance.now();
      const restart = new Promise<void>((res, rej) => {
        const p = spawn('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'restart'], {
          stdio: 'ignore',
        });
        p.once('exit', (code) => (code === 0 ? res() : rej(new Error(`pg_ctlcluster exited ${code}`))));
      });
      let duringRefused = 0;
      let duringStored = 0;
      const during = (async () => {
        for (let i = 0; i < 6; i++) {
          const r = await fileReport(target.client, person(30 + i), 'friend').catch(() => ({ reference: undefined }));
          if (r.reference) {
            duringStored += 1;
            refs.push(r.reference);
          } else duringRefused += 1;
          await new Promise((res) => setTimeout(res, 200));
        }
      })();
      await restart;
      const restartMs = performance.now() - restartStarted;
      await during;
      // Back up: the pool must hand out fresh connections without a bot restart.
      let recoveredAfterMs = -1;
      const backAt = performance.now();
      for (let i = 0; i < 40; i++) {
        const r = await fileReport(target.client, person(50 + i), 'post');
        if (r.reference) {
          refs.push(r.reference);
          recoveredAfterMs = performance.now() - backAt;
          break;
        }
        await new Promise((res) => setTimeout(res, 500));
      }
      expect(recoveredAfterMs).toBeGreaterThanOrEqual(0);
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const incidents = (await check.query('select id, ref from incidents')).rows as { id: string; ref: string }[];
      const partial = (
        await check.query(
          `select i.ref from incidents i
           where (select count(*) from incident_events e where e.incident_id = i.id and e.type = 'reported') <> 1
              or (select count(*) from audit_log a where a.incident_id = i.id and a.action = 'incident.reported') <> 1
              or (select count(*) from outbox o where o.incident_id = i.id and o.kind = 'alert.post') <> 1`,
        )
      ).rows;
      await check.end();
      expect(partial).toEqual([]);
      for (const ref of refs) expect(incidents.map((i) => i.ref)).toContain(ref);
      rows.push(['PostgreSQL restart (pg_ctlcluster) took (ms)', Math.round(restartMs)]);
      rows.push(['Reports during the restart: stored / refused with a message', `${duringStored} / ${duringRefused}`]);
      rows.push(['First report stored after PostgreSQL was back (ms)', Math.round(recoveredAfterMs)]);
      rows.push(['PostgreSQL: partial records after', partial.length]);
    },
  );
});
