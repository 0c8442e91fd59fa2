import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BotProcess, freePort, spawnBot, startNodeFlags } from '../../bench/spawn.js';
import { FakeConnector } from '../fakes/fake-connector.js';
import { DSL, SAFEGUARDING_TEAM, TeamsClient, type TeamsUser } from '../fakes/teams-client.js';

export const REPO = resolve(import.meta.dirname, '..', '..');

/** The real server as `npm start` runs it, on a temp SQLite DATA_DIR, with the alert channel set by a DSL. */
export async function startChild(env: Record<string, string | undefined> = {}, dataDir?: string) {
  const workDir = mkdtempSync(join(tmpdir(), 'boundary-child-'));
  const dir = dataDir ?? join(workDir, 'data');
  const connector = await FakeConnector.start({ defaultMembers: [DSL] });
  connector.setTeam(SAFEGUARDING_TEAM.teamId, {
    name: SAFEGUARDING_TEAM.name,
    channels: [{ id: SAFEGUARDING_TEAM.channelId, name: SAFEGUARDING_TEAM.channelName }],
  });
  const port = await freePort();
  const logFile = join(workDir, 'server.log');
  const bot: BotProcess = await spawnBot({
    script: join(REPO, 'src/main.ts'),
    cwd: REPO,
    // npm start's heap sizes, so memory under the load tests is what a deployment sees.
    nodeArgs: startNodeFlags(REPO),
    port,
    logFile,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      SAFEGUARDING_LEADS: DSL.aadObjectId,
      BOT_ID: undefined,
      BOT_PASSWORD: undefined,
      DATABASE_URL: undefined,
      ...env,
    },
  });
  const client = new TeamsClient({ messagesUrl: `${bot.url}/api/messages`, serviceUrl: connector.serviceUrl });
  await client.send(client.teamInstall({ user: DSL }));
  await client.send(client.channelMessage('set alerts channel', { user: DSL }));
  return { bot, client, connector, dataDir: dir, logFile, workDir };
}

export function staff(prefix: string, i: number): TeamsUser {
  return {
    id: `29:1${prefix}-${i}`,
    aadObjectId: `abababab-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `${prefix} ${i}`,
    userPrincipalName: `${prefix}.${i}@school.example`,
  };
}
