/**
 * Report submission end to end: a member of staff fills in the friend-request report through the real
 * POST /api/messages (Action.Execute invokes, the way Teams sends them), and the time is taken from the
 * start of the final submit to the moment the alert reaches the safeguarding channel on the fake Bot
 * Connector (a createConversation into the channel), with the relay on its default settings.
 *
 * The bench does not know the form's questions: it plays the cards it is given (first choice of each
 * choice set, a short text in each text box, today in each date), so it keeps working as the forms change.
 * Every way this can fail to run becomes a "not measured: <reason>", never a figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../src/errors.js';
import { FakeConnector, type SentActivity } from '../test/fakes/fake-connector.js';
import { DSL, SAFEGUARDING_TEAM, TeamsClient, type TeamsUser } from '../test/fakes/teams-client.js';
import type { Timing } from './report-suite.js';
import { freePort, spawnBot } from './spawn.js';
import { percentileOf } from './stats.js';

type Card = Record<string, unknown>;

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  visit(n);
  for (const value of Object.values(n)) walk(value, visit);
}

/** The Action.Execute that moves a form forward: not back, not cancel. */
export function forwardAction(card: Card): { verb: string; data: Record<string, unknown> } | undefined {
  let found: { verb: string; data: Record<string, unknown> } | undefined;
  walk(card, (n) => {
    if (found || n.type !== 'Action.Execute' || typeof n.verb !== 'string') return;
    if (/\.(back|cancel)$/.test(n.verb) || n.verb === 'report.cancel') return;
    found = { verb: n.verb, data: (n.data as Record<string, unknown> | undefined) ?? {} };
  });
  return found;
}

/** Plausible answers for every input on the card; dates are `now`'s day (UTC). */
export function fillInputs(card: Card, now = new Date()): Record<string, string> {
  const today = now.toISOString().slice(0, 10);
  const values: Record<string, string> = {};
  walk(card, (n) => {
    if (typeof n.id !== 'string' || typeof n.type !== 'string' || !n.type.startsWith('Input.')) return;
    switch (n.type) {
      case 'Input.ChoiceSet': {
        const choices = (n.choices as { value?: string }[] | undefined) ?? [];
        values[n.id] = typeof n.value === 'string' && n.value !== '' ? n.value : (choices[0]?.value ?? '');
        break;
      }
      case 'Input.Date':
        values[n.id] = today;
        break;
      case 'Input.Toggle':
        values[n.id] = typeof n.valueOn === 'string' ? n.valueOn : 'true';
        break;
      case 'Input.Number':
        values[n.id] = '1';
        break;
      case 'Input.Time':
        values[n.id] = '09:00';
        break;
      default:
        values[n.id] = 'Benchmark report, please ignore';
    }
  });
  return values;
}

function cardOfInvokeResponse(body: unknown): Card | undefined {
  const b = body as { type?: string; value?: unknown } | undefined;
  return b?.type === 'application/vnd.microsoft.card.adaptive' && b.value && typeof b.value === 'object'
    ? (b.value as Card)
    : undefined;
}

class NotMeasured extends Error {}

/** Fills one report and returns ms from the final submit to the alert at the connector. */
async function oneReport(client: TeamsClient, connector: FakeConnector, user: TeamsUser): Promise<number> {
  let response = await client.send(client.invoke('report.friend.start', {}, { user }));
  let card = cardOfInvokeResponse(response.body);
  if (!card) {
    throw new NotMeasured(
      `Action.Execute "report.friend.start" did not answer with a card (HTTP ${response.status}): the report forms are not wired into the bot yet`,
    );
  }
  for (let step = 0; step < 15; step++) {
    const action = forwardAction(card);
    if (!action) throw new NotMeasured('a report card had no Action.Execute to continue with');
    const data = { ...action.data, ...fillInputs(card) };
    const submitting = action.verb.endsWith('.submit');
    let alertAt: number | undefined;
    let stopListening = () => {};
    const alerted = submitting
      ? new Promise<void>((resolve) => {
          stopListening = connector.onSent((sent: SentActivity) => {
            if (sent.kind === 'createConversation' && sent.conversationId.startsWith(SAFEGUARDING_TEAM.channelId)) {
              alertAt = performance.now();
              resolve();
            }
          });
        })
      : Promise.resolve();
    const started = performance.now();
    response = await client.send(client.invoke(action.verb, data, { user }));
    if (response.status !== 200) {
      stopListening();
      throw new NotMeasured(`the form answered HTTP ${response.status} to "${action.verb}"`);
    }
    if (submitting) {
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref());
      const outcome = await Promise.race([alerted.then(() => 'alerted' as const), timeout]);
      stopListening();
      if (outcome === 'timeout' || alertAt === undefined) {
        throw new NotMeasured(
          'no alert reached the safeguarding channel within 15 s of a submitted report: the alert channel or the outbox relay is not wired yet',
        );
      }
      return alertAt - started;
    }
    const next = cardOfInvokeResponse(response.body);
    if (!next) throw new NotMeasured(`"${action.verb}" did not answer with the next card`);
    if (
      forwardAction(next)?.verb === action.verb &&
      JSON.stringify(fillInputs(next)) === JSON.stringify(fillInputs(card))
    ) {
      throw new NotMeasured(`the form refused the bench's answers at "${action.verb}" (the card came back unchanged)`);
    }
    card = next;
  }
  throw new NotMeasured('the report form did not reach a submit within 15 steps');
}

export async function measureReportAlert(options: {
  repo: string;
  workDir: string;
  samples: number;
  policyFile?: string;
  /** Boundary's entry point: dist/main.js (what npm start runs) or src/main.ts through tsx. Default src/main.ts. */
  script?: string;
  nodeArgs?: readonly string[];
}): Promise<Timing> {
  const connector = await FakeConnector.start({ defaultMembers: [DSL] });
  const dataDir = mkdtempSync(join(options.workDir, 'report-e2e-'));
  const port = await freePort();
  let bot: Awaited<ReturnType<typeof spawnBot>> | undefined;
  try {
    bot = await spawnBot({
      script: options.script ?? join(options.repo, 'src/main.ts'),
      cwd: options.repo,
      ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
      port,
      logFile: join(options.workDir, 'report-e2e.log'),
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        POLICY_FILE: options.policyFile,
        SAFEGUARDING_LEADS: DSL.aadObjectId,
        RATE_LIMIT_REPORTS_PER_HOUR: '10000',
        BOT_ID: undefined,
        BOT_PASSWORD: undefined,
        DATABASE_URL: undefined,
        NODE_ENV: 'production',
      },
    });
    const client = new TeamsClient({ messagesUrl: `${bot.url}/api/messages`, serviceUrl: connector.serviceUrl });
    connector.setTeam(SAFEGUARDING_TEAM.teamId, {
      name: SAFEGUARDING_TEAM.name,
      channels: [{ id: SAFEGUARDING_TEAM.channelId, name: SAFEGUARDING_TEAM.channelName }],
    });
    await client.send(client.teamInstall({ user: DSL }));
    const setup = await client.send(client.channelMessage('set alerts channel', { user: DSL }));
    if (setup.status !== 200) return { measured: false, reason: `"set alerts channel" answered HTTP ${setup.status}` };

    const latencies: number[] = [];
    for (let i = 0; i < options.samples; i++) {
      const user: TeamsUser = {
        id: `29:1bench-reporter-${i}`,
        aadObjectId: `bbbbbbbb-0000-4000-8000-${String(i).padStart(12, '0')}`,
        name: `Bench Reporter ${i}`,
        userPrincipalName: `bench.reporter.${i}@school.example`,
      };
      latencies.push(await oneReport(client, connector, user));
      connector.reset();
    }
    return {
      measured: true,
      samples: latencies.length,
      p50Ms: percentileOf(latencies, 50),
      p95Ms: percentileOf(latencies, 95),
      notes: [
        'Submit → alert: reports filled one after another by different staff members, through the real endpoint; the relay on its default settings (its poll interval bounds this figure).',
      ],
    };
  } catch (err) {
    if (err instanceof NotMeasured) return { measured: false, reason: err.message };
    const message = errorMessage(err).split('\n')[0];
    return { measured: false, reason: `the run failed: ${message}` };
  } finally {
    await bot?.stop();
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
