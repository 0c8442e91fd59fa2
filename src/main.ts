// First: keeps modules the stack loads but Boundary never uses out of memory (see the module).
import './defer-unused-modules.js';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAlertRenderer } from './alerts/alert-card.js';
import { AlertChannelSetup } from './alerts/alert-channel.js';
import { readDeliveryStatus } from './alerts/delivery-status.js';
import { deskRecordLink } from './alerts/desk-link.js';
import type { StoredConversationReference } from './alerts/notifier.js';
import { OutboxRelay, type RelayTuning } from './alerts/outbox-relay.js';
import { type Clock, systemClock } from './clock.js';
import { bindingRefusal, type Config, cannotStart, readStartConfig } from './config.js';
import { createDesk, type Desk } from './desk/desk.js';
import { type LeadChoice, leadChoices } from './desk/lead-choices.js';
import { asBoundaryError, BoundaryError, errorMessage } from './errors.js';
import { type DeskAuthenticator, entraDeskAuthenticator, localDeskAuthenticator } from './http/desk-auth.js';
import { registerDeskRoutes } from './http/desk-routes.js';
import { Readiness } from './http/readiness.js';
import { type RunningHttpServer, startHttpServer } from './http/server.js';
import { BoundedLogDestination, createLogger, drainWithin, type Logger } from './log.js';
import { loadPolicy } from './policy/index.js';
import type { ReadingDesk } from './policy/reading/desk.js';
import { createReadingDesk } from './policy/reading/desk-service.js';
import { reviewProgress } from './policy/reading/schema.js';
import { IncidentService } from './reports/incident-service.js';
import { CombinedLeadDirectory, ConfiguredLeadDirectory, type LeadDirectory } from './reports/lead-directory.js';
import { retentionRulesFromConfig } from './reports/retention.js';
import { describeStartFailure, findStartProblems, type StartPart, startFailures } from './start-check.js';
import { openStore, type Store } from './store/open-store.js';
import { type BotAuthOverrides, type BoundaryAdapter, createBotAdapter } from './teams/adapter.js';
import { createTeamsApp } from './teams/app.js';
import { type BotEndpoint, createBotEndpoint } from './teams/bot-endpoint.js';
import { TeamsChannelNotifier } from './teams/channel-notifier.js';
import { reminderMentions, TeamMembersLeadDirectory, TeamsRoster } from './teams/lead-directory-teams.js';
import type { QuestionService } from './teams/question-service.js';
import type { AlertTeamsServices } from './teams/services.js';

/** Anything that runs in the background (the outbox relay, reminders) and must stop before the store closes. */
export interface Stoppable {
  stop(): Promise<void>;
}

export interface BoundaryDeps {
  logger?: Logger;
  clock?: Clock;
  /** The service questions are answered by. Default: the policy engine over config.policyFile. */
  loadQuestions?: () => Promise<QuestionService>;
  /** Opens the database. Default: SQLite under DATA_DIR, or PostgreSQL when DATABASE_URL is set (openStore). */
  openStore?: () => Promise<Store>;
  /** Starts background workers once the store and the bot exist; they are stopped on shutdown, in order. */
  startWorkers?: (ctx: {
    store: Store;
    adapter: BoundaryAdapter;
    logger: Logger;
    clock: Clock;
  }) => Promise<Stoppable[]> | Stoppable[];
  /** Test seam for token validation and outbound credentials (authenticated mode). */
  botAuth?: BotAuthOverrides;
  /**
   * Outbox relay tuning over the defaults (tests pass fast backoff and polling). The lease comes from
   * config.outboxLeaseMs unless given here.
   */
  relay?: { tuning?: Partial<RelayTuning>; random?: () => number };
  /** How long the alert team's roster is reused (SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS, reminder names). */
  rosterCacheMs?: number;
  /** The safeguarding desk: where its tenant keys are (tests: a loopback issuer), the built tab, the policy reading. */
  desk?: { jwksUrl?: string; tabDir?: string; reading?: () => ReadingDesk | null };
}

export interface RunningBoundary {
  /** Base URL of the HTTP server, e.g. http://127.0.0.1:39123. */
  readonly url: string;
  /** `${url}/api/messages`. */
  readonly messagesUrl: string;
  readonly readiness: Readiness;
  /**
   * Resolves once the store is open and the policy loaded (GET /readyz is 200). Both are attempted even when one
   * fails, and the rejection (a StartFailed) carries every failure, so a start names all it can.
   */
  readonly ready: Promise<void>;
  /**
   * Graceful stop: no new turns, in-flight turns finish, workers stop, store closes, all within
   * config.shutdownTimeoutMs (turns get most of it; the rest is kept for the workers and the store).
   */
  stop(): Promise<void>;
}

/**
 * Starts Boundary in this process: the HTTP server first (so /healthz and /readyz answer during start-up), then
 * the store and the policy, after which the bot takes traffic. Tests and benchmarks call this with port 0.
 * Rejects (with nothing left listening) only if the HTTP server cannot start; a failing store or policy
 * rejects `ready` instead, and the caller decides (main exits 1).
 */
export async function startBoundary(config: Config, deps: BoundaryDeps = {}): Promise<RunningBoundary> {
  const logger = deps.logger ?? createLogger({ level: config.logLevel });
  const clock = deps.clock ?? systemClock;
  const refusal = bindingRefusal(config.host, config.bot, config.allowUnauthenticatedRemote);
  if (refusal) throw new BoundaryError('config_invalid', refusal);
  if (config.bot.mode === 'local') {
    logger.warn(
      { host: config.host },
      'LOCAL MODE: no BOT_ID/BOT_PASSWORD set, so requests are NOT authenticated. For development only; ' +
        'set BOT_ID, BOT_PASSWORD and BOT_TENANT_ID before connecting Teams.',
    );
  }

  const readiness = new Readiness(['store', 'policy']);
  let endpoint: BotEndpoint | null = null;
  const bot: BotEndpoint = {
    handle: (activity, authorization) =>
      endpoint ? endpoint.handle(activity, authorization) : Promise.resolve({ status: 503 }),
  };
  // The desk's API is served by this same server; its use cases exist once the store is open.
  let desk: Desk | null = null;
  const http: RunningHttpServer = await startHttpServer({
    host: config.host,
    port: config.port,
    maxBodyBytes: config.maxBodyBytes,
    bot,
    readiness,
    logger,
    extraRoutes: (server) =>
      registerDeskRoutes(server, {
        auth: deskAuthenticator(config, logger, deps.desk?.jwksUrl),
        desk: () => desk,
        // Beside dist/main.js (npm start) or src/main.ts (tsx): the repository's dist/tab, wherever it is started from.
        tabDir: resolve(deps.desk?.tabDir ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'tab')),
        maxBodyBytes: config.maxBodyBytes,
        logger,
      }),
  });
  logger.info({ url: http.url, mode: config.bot.mode }, 'listening');

  let store: Store | null = null;
  const workers: Stoppable[] = [];

  const ready = (async () => {
    // The default engine and the desk's policy page share one reading, so a correction answers the next question.
    let readingDesk: ReadingDesk | null = null;
    // Both at once, and both to the end: a start with a bad store and a bad policy names the two together.
    const [opened, loaded] = await Promise.allSettled([
      (deps.openStore ?? (() => openDefaultStore(config, logger, clock)))().then((handle) => {
        store = handle;
        readiness.markReady('store');
        return handle;
      }),
      (
        deps.loadQuestions ??
        (() =>
          loadDefaultQuestions(config, readiness, logger, (desk) => {
            readingDesk = desk;
          }))
      )(),
    ]);
    if (opened.status === 'rejected' || loaded.status === 'rejected') {
      const failures: { part: StartPart; error: unknown }[] = [];
      if (opened.status === 'rejected') failures.push({ part: 'store', error: opened.reason });
      if (loaded.status === 'rejected') failures.push({ part: 'policy', error: loaded.reason });
      throw new StartFailed(failures);
    }
    const questions = loaded.value;
    const adapter = createBotAdapter(config.bot, deps.botAuth);
    const openedStore = opened.value;
    const incidentWiring = composeIncidents(config, openedStore, adapter, logger, clock, deps);
    const app = createTeamsApp({
      adapter,
      storage: openedStore.botStorage,
      ...(config.bot.mode === 'authenticated' ? { botAppId: config.bot.appId } : {}),
      rateLimits: config.rateLimits,
      services: {
        questions,
        logger,
        clock,
        recentAnswers: openedStore.recentAnswers,
        onConversationReference: (ref) =>
          openedStore.conversations.saveIfChanged(personalChatKey(ref), ref, clock.now()),
        incidents: incidentWiring.incidents,
        alertChannel: openedStore.settings,
        feedback: openedStore.feedback,
        alerts: incidentWiring.alerts,
      },
    });
    endpoint = createBotEndpoint({
      adapter,
      app,
      ...(config.bot.mode === 'authenticated' ? { tenantId: config.bot.tenantId } : {}),
      logger,
    });
    if (incidentWiring) {
      desk = createDesk({
        incidents: incidentWiring.incidents,
        queries: incidentWiring.store.queries,
        audit: incidentWiring.store.audit,
        leads: incidentWiring.leads,
        leadChoices: incidentWiring.leadChoices,
        owners: config.desk.policyOwners ? new ConfiguredLeadDirectory(config.desk.policyOwners) : incidentWiring.leads,
        feedback: incidentWiring.store.feedback,
        reading: deps.desk?.reading ?? (() => readingDesk),
        clock,
        reminderMinutes: config.alertReminderMinutes,
      });
    }
    // The relay starts with the bot: rows a crashed instance left behind go out now, not after the next report.
    incidentWiring.relay.start();
    workers.push(incidentWiring.relay);
    workers.push(...(deps.startWorkers ? await deps.startWorkers({ store: openedStore, adapter, logger, clock }) : []));
    readiness.markReady('policy');
    logger.info('ready');
  })();
  // Whoever started Boundary reports the failure (main prints it plainly); /readyz shows it meanwhile.
  ready.catch((err) => readiness.markFailed(asBoundaryError(err).code));

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      logger.info({ inFlight: http.inFlight() }, 'stopping: no new turns, finishing in-flight ones');
      const drained = await http.close(config.shutdownTimeoutMs - closingReserveMs(config.shutdownTimeoutMs));
      // Workers are only all known once start-up finished (or failed).
      await ready.catch(() => undefined);
      for (const worker of workers) {
        try {
          await worker.stop();
        } catch (err) {
          logger.error({ err: asBoundaryError(err).message }, 'a background worker did not stop cleanly');
        }
      }
      await ready.catch(() => undefined);
      const opened = store as Store | null;
      if (opened) await opened.close();
      logger.info({ drained }, 'stopped');
    })();
    return stopping;
  };

  return { url: http.url, messagesUrl: `${http.url}/api/messages`, readiness, ready, stop };
}

/** Every part that failed to start, each with its own error; the code is the first one's. */
export class StartFailed extends BoundaryError {
  constructor(readonly failures: { part: StartPart; error: unknown }[]) {
    const first = asBoundaryError(failures[0]?.error ?? new Error('start-up failed'));
    super(first.code, failures.map((f) => asBoundaryError(f.error).message).join('; '), { cause: first });
  }
}

/** Of the shutdown budget, what is kept back from in-flight turns for the workers, the store and the log. */
function closingReserveMs(shutdownTimeoutMs: number): number {
  return Math.min(2_000, Math.floor(shutdownTimeoutMs / 4));
}

export interface IncidentWiring {
  store: Store;
  incidents: IncidentService;
  relay: OutboxRelay;
  leads: LeadDirectory;
  leadChoices: () => Promise<LeadChoice[]>;
  alerts: AlertTeamsServices;
}

/**
 * Incidents, leads and the outbox relay over the opened store and the bot's adapter (issue 4). The relay is the
 * only thing that talks to the safeguarding channel: the service's commits queue outbox rows and wake it, so a
 * report, an action or a card update is never lost between the database and Teams. Exported for tests.
 */
export function composeIncidents(
  config: Config,
  store: Store,
  adapter: BoundaryAdapter,
  logger: Logger,
  clock: Clock,
  deps: Pick<BoundaryDeps, 'relay' | 'rosterCacheMs'> = {},
): IncidentWiring {
  const botAppId = config.bot.mode === 'authenticated' ? config.bot.appId : '';
  const roster = new TeamsRoster({
    adapter,
    botAppId,
    channel: store.settings,
    clock,
    ...(deps.rosterCacheMs !== undefined ? { cacheMs: deps.rosterCacheMs } : {}),
  });
  const rosterError = (err: unknown) =>
    logger.warn({ err: errorMessage(err) }, 'could not read the alert team roster from Teams');
  const leads = new CombinedLeadDirectory(
    new ConfiguredLeadDirectory(config.safeguardingLeads),
    config.safeguardingTeamMembersAreLeads ? [new TeamMembersLeadDirectory(roster)] : [],
    rosterError,
  );
  if (config.safeguardingLeads.length === 0 && !config.safeguardingTeamMembersAreLeads) {
    logger.warn(
      'SAFEGUARDING_LEADS is empty: reports are stored, but nobody can set the alert channel or act on an alert',
    );
  }
  const { teamsAppId } = config.desk;
  const renderAlert = createAlertRenderer({
    showNames: config.alertsShowNames,
    ...(teamsAppId ? { recordLink: (ref: string) => deskRecordLink(teamsAppId, ref) } : {}),
  });
  const relay = new OutboxRelay({
    outbox: store.outbox,
    incidents: store.incidents,
    channel: store.settings,
    conversations: store.conversations,
    notifier: new TeamsChannelNotifier({ adapter, botAppId }),
    renderAlert,
    clock,
    logger,
    reminders: {
      firstMinutes: config.alertReminderMinutes,
      secondMinutes: config.alertSecondReminderMinutes,
      mentions: reminderMentions({
        leads: config.safeguardingLeads,
        roster,
        teamMembersAreLeads: config.safeguardingTeamMembersAreLeads,
        onError: rosterError,
      }),
    },
    tuning: {
      leaseMs: config.outboxLeaseMs,
      // A call still in flight when the lease ends could be sent twice by the next holder: give up on it first.
      deliveryTimeoutMs: Math.min(120_000, Math.floor(config.outboxLeaseMs * 0.8)),
      ...deps.relay?.tuning,
    },
    ...(deps.relay?.random ? { random: deps.relay.random } : {}),
  });
  const incidents = new IncidentService({
    incidents: store.incidents,
    audit: store.audit,
    leads,
    clock,
    retention: retentionRulesFromConfig(config.retention),
    onOutboxWritten: () => relay.wake(),
  });
  const alerts: AlertTeamsServices = {
    setup: new AlertChannelSetup({ settings: store.settings, audit: store.audit, leads, clock, outbox: store.outbox }),
    leads,
    audit: store.audit,
    status: () => readDeliveryStatus(store),
    events: (incidentId) => store.incidents.events(incidentId),
    renderAlert,
    wakeRelay: () => relay.wake(),
    resolveUpn: config.safeguardingLeads.some((l) => l.includes('@')),
  };
  const choices = leadChoices({
    configured: config.safeguardingLeads,
    // Teams names the leads when the alert channel is set; in local mode (no bot id) there is nobody to ask.
    ...(botAppId ? { find: (idOrUpn: string) => roster.find(idOrUpn) } : {}),
    ...(botAppId && config.safeguardingTeamMembersAreLeads ? { teamMembers: () => roster.members() } : {}),
    onError: rosterError,
  });
  return { store, incidents, relay, leads, leadChoices: choices, alerts };
}

/**
 * The embedded default: SQLite under DATA_DIR, or PostgreSQL when DATABASE_URL is set, with migrations applied.
 * Turn state lives in the database (a half-filled form survives a restart), and each person's personal-chat
 * reference is kept under their Entra object id, which is how the relay finds a reporter later.
 */
function openDefaultStore(config: Config, logger: Logger, clock: Clock): Promise<Store> {
  return openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    logger,
    clock,
    recentAnswersDays: config.recentAnswersDays,
    feedbackDays: config.feedbackDays,
  });
}

/** The key a personal chat's reference is stored under: the person's Entra object id, else their channel id. */
export function personalChatKey(ref: StoredConversationReference): string {
  const user = (ref as { user?: { id?: string; aadObjectId?: string } }).user;
  return user?.aadObjectId ?? user?.id ?? ref.conversation.id;
}

/** Teams sign-in for the desk with a bot registration; in local mode, loopback callers act as the first lead. */
function deskAuthenticator(config: Config, logger: Logger, jwksUrl: string | undefined): DeskAuthenticator {
  if (config.bot.mode === 'local') return localDeskAuthenticator(config.safeguardingLeads[0]);
  if (!config.desk.appIdUri) {
    logger.warn(
      'Neither DESK_APP_ID_URI nor BOT_DOMAIN is set: the desk accepts only v2 sign-in tokens (audience = BOT_ID)',
    );
  }
  return entraDeskAuthenticator({
    tenantId: config.bot.tenantId,
    clientId: config.bot.appId,
    ...(config.desk.appIdUri ? { appIdUri: config.desk.appIdUri } : {}),
    ...(jwksUrl ? { jwksUrl } : {}),
  });
}

/** The policy and the school's reading of it; /readyz and the log say how much of the reading is reviewed. */
async function loadDefaultQuestions(
  config: Config,
  readiness: Readiness,
  logger: Logger,
  onReadingDesk: (desk: ReadingDesk) => void,
): Promise<QuestionService> {
  const loaded = await loadPolicy(resolve(config.policyFile), {
    ...(config.policyReadingFile ? { readingPath: resolve(config.policyReadingFile) } : {}),
  });
  const progress = {
    source: loaded.reading.source,
    path: loaded.reading.path,
    ...reviewProgress(loaded.reading.reading),
  };
  readiness.setInfo('policyReading', progress);
  logger.info({ policyReading: progress }, 'policy reading loaded');
  if (loaded.reading.carried?.changed.length)
    logger.warn(
      { changed: loaded.reading.carried.changed },
      'the policy changed since its reading was reviewed: run boundary review',
    );
  onReadingDesk(createReadingDesk(loaded.engine, loaded.reading.path));
  return loaded.engine;
}

/**
 * `npm start`: read the environment, start, and stop on SIGTERM/SIGINT within SHUTDOWN_TIMEOUT_MS whatever
 * happens. Whatever stops a start is printed once, plainly, naming the setting to change; one start names every
 * problem it can find (settings, policy file, database, port), not the first of them.
 */
async function main(): Promise<void> {
  const read = readStartConfig(process.env);
  if (!read.ok) {
    await refuseToStart([...read.problems, ...(await findStartProblems(read.settings))]);
    return;
  }
  const config = read.config;
  const output = new BoundedLogDestination(process.stdout);
  const logger = createLogger({ level: config.logLevel, destination: output });
  let running: RunningBoundary;
  try {
    running = await startBoundary(config, { logger });
  } catch (err) {
    // The port could not be had: the policy and the database are still checked, so this start names them too.
    const others = await findStartProblems(config, ['policy', 'store']);
    await refuseToStart([describeStartFailure('port', err, config), ...others]);
    return;
  }
  installSignalHandlers(running, logger, output, config.shutdownTimeoutMs);
  try {
    await running.ready;
  } catch (err) {
    const problems = startFailures(err).map((f) => describeStartFailure(f.part, f.error, config));
    // Stopped within the shutdown budget like any stop: a store that hangs on close must not keep this going.
    await Promise.race([
      running.stop().catch(() => undefined),
      new Promise((r) => setTimeout(r, config.shutdownTimeoutMs).unref()),
    ]);
    await refuseToStart(problems);
  }
}

/** Prints why Boundary cannot start and exits 1, waiting a moment (not for ever) for stderr to take it. */
async function refuseToStart(problems: string[]): Promise<never> {
  const lines = problems.length > 0 ? problems : ['start-up failed for a reason not known (see the log above)'];
  process.stderr.write(`${cannotStart(lines)}\n`);
  await drainWithin(process.stderr, 2_000);
  process.exit(1);
}

/**
 * The process has exited within `timeoutMs` of the first signal, whatever is still running or unwritten: a
 * supervisor that sends SIGTERM must never need SIGKILL. A second signal exits at once.
 */
function installSignalHandlers(
  running: RunningBoundary,
  logger: Logger,
  output: BoundedLogDestination,
  timeoutMs: number,
): void {
  let deadline: number | null = null;
  const exitAt = (code: number) => {
    logger.info({ code, droppedLogLines: output.dropped() }, 'exiting');
    // The log gets what time is left, and gives up sooner when its reader is not reading at all.
    void output.flush((deadline ?? Date.now()) - Date.now()).then(() => process.exit(code));
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (deadline !== null) {
      // Asked twice: nothing is waited for, the log least of all.
      process.exit(1);
    }
    // A little before the budget ends, so the exit itself (and the supervisor noticing it) fits inside it.
    deadline = Date.now() + timeoutMs - Math.min(250, Math.floor(timeoutMs / 10));
    logger.info({ signal, timeoutMs }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, deadline - Date.now());
    running.stop().then(
      () => exitAt(0),
      (err) => {
        logger.error({ err: asBoundaryError(err).message }, 'shutdown failed');
        exitAt(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
