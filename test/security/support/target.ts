import type { Env } from '../../../src/config.js';
import type { BoundaryDeps } from '../../../src/main.js';
import type { QuestionService } from '../../../src/teams/question-service.js';
import { FakeConnector } from '../../fakes/fake-connector.js';
import { DSL, SAFEGUARDING_TEAM } from '../../fakes/teams-client.js';
import { type Bot, examplePolicy, startBot } from '../../support/bot.js';

export type Target = Bot;

/**
 * The security and resilience suites' school, over the one bot harness: the real policy engine on the example
 * policy, SQLite under a temporary DATA_DIR (or `dataDir`), debug logging to grep, the DSL as the safeguarding
 * lead, and the alert channel set up by the DSL as in a school (unless `setUpChannel` is false).
 */
export async function startTarget(
  opts: {
    env?: Env;
    questions?: QuestionService;
    deps?: BoundaryDeps;
    connector?: FakeConnector;
    dataDir?: string;
    setUpChannel?: boolean;
  } = {},
): Promise<Target> {
  const connector = opts.connector ?? (await FakeConnector.start({ defaultMembers: [DSL] }));
  connector.setTeam(SAFEGUARDING_TEAM.teamId, {
    name: SAFEGUARDING_TEAM.name,
    channels: [{ id: SAFEGUARDING_TEAM.channelId, name: SAFEGUARDING_TEAM.channelName }],
  });
  const bot = await startBot({
    env: { SAFEGUARDING_LEADS: DSL.aadObjectId, LOG_LEVEL: 'debug', ...opts.env },
    questions: opts.questions ?? (await examplePolicy()),
    connector,
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    deps: {
      relay: { tuning: { pollMs: 50, baseDelayMs: 20, maxDelayMs: 200, noChannelRecheckMs: 200 } },
      ...opts.deps,
    },
  });
  if (opts.setUpChannel ?? true) {
    await bot.client.send(bot.client.teamInstall({ user: DSL }));
    await bot.client.send(
      bot.client.channelMessage('set alerts channel', { user: DSL, inChannel: SAFEGUARDING_TEAM.channelId }),
    );
  }
  return {
    ...bot,
    async dispose() {
      await bot.dispose();
      if (!opts.connector) await connector.close();
    },
  };
}
