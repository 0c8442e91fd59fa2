import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { STAFF } from '../fakes/teams-client.js';
import { type Bot, startBot } from '../support/bot.js';

const run = promisify(execFile);

/**
 * src/teams/adapter.ts patches botframework-connector's Entity mapper so an answer's citation entity reaches Teams
 * whole. The first test is the reason, measured on the installed connector without the patch; when it fails, the
 * connector keeps entities itself and the patch (and this file's first test) can go.
 */
describe("the Bot Connector's serialiser and answer citations", () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.dispose();
    bot = undefined;
  });

  it('when the connector serialises a citation entity without our patch, then it keeps only the type (botbuilder-js #2648)', async () => {
    // A fresh Node, so nothing has patched the mapper yet.
    const { stdout } = await run(process.execPath, [
      '--input-type=module',
      '-e',
      `
      const { createRequire } = await import('node:module');
      const connector = createRequire(createRequire(process.cwd() + '/').resolve('botframework-connector'));
      const Mappers = connector('./connectorApi/models/mappers');
      const { createSerializer } = connector('botbuilder-stdlib/lib/azureCoreHttpCompat');
      const entity = { type: 'https://schema.org/Message', '@type': 'Message', citation: [{ position: 1 }] };
      const sent = createSerializer(Mappers).serialize(Mappers.Activity, { type: 'message', entities: [entity] }, 'activity');
      console.log(JSON.stringify(sent.entities[0]));
      `,
    ]);
    expect(JSON.parse(stdout)).toEqual({ type: 'https://schema.org/Message' });
  });

  it('when an answer quoting a clause is sent, then Teams receives its citation entity whole', async () => {
    bot = await startBot();
    await bot.client.send(bot.client.personalMessage('Can I accept a friend request from a pupil?'));
    const [reply] = await bot.connector.waitForActivitiesTo(bot.client.personalConversationId(STAFF), 1);
    const entities = (reply?.activity.entities ?? []) as Record<string, unknown>[];
    const message = entities.find((e) => e.type === 'https://schema.org/Message');
    expect(message).toMatchObject({ '@type': 'Message', citation: [{ position: 1 }] });
  });
});
