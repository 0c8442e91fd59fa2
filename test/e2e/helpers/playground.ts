import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const PLAYGROUND_BIN = join(REPO, 'node_modules', '.bin', 'agentsplayground');

/** A person in the Playground's mock tenant (the fields its config schema 0.1.1 requires). */
export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

function person(n: number, given: string, surname: string, upn: string): PlaygroundUser {
  return {
    id: `user-id-${n}`,
    name: `${given} ${surname}`,
    userPrincipleName: upn,
    aadObjectId: `00000000-0000-4000-8000-0000000000${String(20 + n).padStart(2, '0')}`,
    givenName: given,
    surname,
    email: upn,
  };
}

/**
 * The e2e school. The Playground has no way to switch the signed-in user in its page, so a journey that needs
 * "a DSL" or "a member of staff who is not a DSL" starts its own Playground with that person as currentUser and
 * tells the bot (SAFEGUARDING_LEADS) who the DSLs are.
 */
export const PEOPLE = {
  dsl: person(0, 'Dana', 'Shah', 'dana.shah@oakfield.example'),
  teacher: person(1, 'Tom', 'Reed', 'tom.reed@oakfield.example'),
  deputy: person(2, 'Priya', 'Nair', 'priya.nair@oakfield.example'),
  ta: person(3, 'Sam', 'Okafor', 'sam.okafor@oakfield.example'),
  head: person(4, 'Helen', 'Ward', 'helen.ward@oakfield.example'),
  office: person(5, 'Lee', 'Cole', 'lee.cole@oakfield.example'),
} satisfies Record<string, PlaygroundUser>;

export const TENANT_ID = '00000000-0000-4000-8000-000000000001';
export const TEAM = {
  id: 'team-safeguarding-id',
  name: 'Safeguarding',
  aadGroupId: '00000000-0000-4000-8000-000000000031',
};
/** The Playground supports exactly one channel besides General. */
export const SAFEGUARDING_CHANNEL = { id: 'channel-dsl-alerts-id', name: 'DSL alerts' };
export const BOT = { id: '00000000-0000-4000-8000-000000000011', name: 'Boundary' };

/** Builds a .m365agentsplayground.yml (JSON is valid YAML) with `currentUser` signed in and the other five as users. */
export function playgroundConfig(currentUser: PlaygroundUser): string {
  const users = Object.values(PEOPLE).filter((u) => u.id !== currentUser.id);
  return JSON.stringify(
    {
      version: '0.1.1',
      tenantId: TENANT_ID,
      bot: BOT,
      currentUser,
      // The schema demands exactly five other users.
      users: users.slice(0, 5),
      personalChat: { id: `personal-chat-${currentUser.id}` },
      groupChat: { id: 'group-chat-id', name: 'Staffroom' },
      team: { ...TEAM, channels: [SAFEGUARDING_CHANNEL] },
    },
    null,
    2,
  );
}

export interface RunningPlayground {
  url: string;
  port: number;
  /** Everything the Playground printed, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the Microsoft 365 Agents Playground pointed at a bot endpoint, with telemetry off and no browser of its
 * own, in a scratch directory (it writes devTools/ and reads its config from there). Resolves once it listens.
 */
export async function startPlayground(opts: {
  botEndpoint: string;
  currentUser: PlaygroundUser;
  logDir: string;
  name: string;
  startTimeoutMs?: number;
}): Promise<RunningPlayground> {
  const dir = mkdtempSync(join(tmpdir(), 'boundary-e2e-playground-'));
  const configPath = join(dir, '.m365agentsplayground.yml');
  writeFileSync(configPath, playgroundConfig(opts.currentUser));
  mkdirSync(opts.logDir, { recursive: true });
  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn(
    PLAYGROUND_BIN,
    ['--app-endpoint', opts.botEndpoint, '--channel-id', 'msteams', '--port', String(port), '--disable-telemetry'],
    {
      cwd: dir,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: join(opts.logDir, `playground-${opts.name}.log`),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const collect = (d: Buffer) => {
    out += d.toString('utf8');
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (opts.startTimeoutMs ?? 30_000);
  while (!/Listening on \d+/.test(out)) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the Playground exited before listening (code ${child.exitCode}):\n${out}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the Playground did not listen within the time allowed:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const actual = Number(/Listening on (\d+)/.exec(out)?.[1] ?? port);
  return { url: `http://127.0.0.1:${actual}/`, port: actual, output: () => out, stop };
}

/**
 * A channel post that @mentions the bot, as the Playground itself sends one, but from any person of the e2e
 * school: used (as a "Mock an Activity" custom activity) where a journey needs someone other than the signed-in
 * user to speak in the channel.
 */
export function channelMentionActivity(
  from: PlaygroundUser,
  text: string,
  playgroundUrl: string,
): Record<string, unknown> {
  const now = new Date().toISOString();
  const mention = `<at>${BOT.name}</at>`;
  return {
    type: 'message',
    id: `e2e-${Date.now()}`,
    text: `${mention} ${text}`,
    textFormat: 'plain',
    timestamp: now,
    localTimestamp: now,
    channelId: 'msteams',
    serviceUrl: new URL('/_connector', playgroundUrl).href.replace('127.0.0.1', 'localhost'),
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT.id, name: BOT.name },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: SAFEGUARDING_CHANNEL.id },
    entities: [{ type: 'mention', mentioned: { id: BOT.id, name: BOT.name }, text: mention }],
    channelData: {
      teamsChannelId: SAFEGUARDING_CHANNEL.id,
      teamsTeamId: TEAM.id,
      tenant: { id: TENANT_ID },
      team: { id: TEAM.id, name: TEAM.name },
      channel: { id: SAFEGUARDING_CHANNEL.id, name: SAFEGUARDING_CHANNEL.name },
    },
  };
}
