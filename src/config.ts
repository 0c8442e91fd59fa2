import { z } from 'zod';
import { BoundaryError } from './errors.js';

/**
 * Every setting Boundary reads, parsed from an environment-shaped record with zod.
 * This is the only module that knows setting names; `main.ts` passes `process.env` in, tests pass plain objects.
 * `loadConfig` either returns a complete, typed Config or throws BoundaryError('config_invalid') whose message
 * names every missing or bad setting at once, so an IT admin fixes them in one pass.
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

const bool = (name: string, fallback: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const lower = v.toLowerCase();
      if (lower === 'true' || lower === '1') return true;
      if (lower === 'false' || lower === '0') return false;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be true, false, 1 or 0 (got "${v}")` });
      return z.NEVER;
    });

const int = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      if (!/^\d+$/.test(v)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be a whole number (got "${v}")` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be between ${min} and ${max} (got ${n})` });
        return z.NEVER;
      }
      return n;
    });

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v));

const text = (fallback: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : v));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const BOT_TYPES = ['SingleTenant', 'UserAssignedMSI'] as const;

const envSchema = z.object({
  PORT: int('PORT', 3978, 0, 65535),
  HOST: optionalText,
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  BOT_TENANT_ID: optionalText,
  BOT_TYPE: optionalText.pipe(z.enum(BOT_TYPES).optional()),
  ALLOW_UNAUTHENTICATED_REMOTE: bool('ALLOW_UNAUTHENTICATED_REMOTE', false),
  POLICY_FILE: text('policies/example-social-media-policy.md'),
  POLICY_READING_FILE: optionalText,
  DATA_DIR: text('.data'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  SAFEGUARDING_LEADS: text(''),
  SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS: bool('SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS', false),
  ALERTS_SHOW_NAMES: bool('ALERTS_SHOW_NAMES', false),
  ALERT_REMINDER_MINUTES: int('ALERT_REMINDER_MINUTES', 15, 1, 24 * 60),
  // 0 stands for "not set": the default is derived from the first reminder (secondReminderDefault).
  ALERT_SECOND_REMINDER_MINUTES: int('ALERT_SECOND_REMINDER_MINUTES', 0, 1, 7 * 24 * 60),
  OUTBOX_LEASE_SECONDS: int('OUTBOX_LEASE_SECONDS', 300, 5, 3600),
  RETENTION_CHILD_PROTECTION_YEARS_AFTER_REPORT: int('RETENTION_CHILD_PROTECTION_YEARS_AFTER_REPORT', 25, 1, 100),
  RETENTION_STAFF_ALLEGATION_YEARS: int('RETENTION_STAFF_ALLEGATION_YEARS', 10, 1, 100),
  RETENTION_LOW_LEVEL_CONCERN_YEARS: int('RETENTION_LOW_LEVEL_CONCERN_YEARS', 6, 1, 100),
  RETENTION_AUDIT_LOG_YEARS: int('RETENTION_AUDIT_LOG_YEARS', 25, 1, 100),
  RECENT_ANSWERS_DAYS: int('RECENT_ANSWERS_DAYS', 30, 1, 365),
  FEEDBACK_DAYS: int('FEEDBACK_DAYS', 365, 1, 3650),
  LOG_LEVEL: text('info').pipe(z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })),
  MAX_BODY_BYTES: int('MAX_BODY_BYTES', 256 * 1024, 1024, 10 * 1024 * 1024),
  RATE_LIMIT_QUESTIONS_PER_MINUTE: int('RATE_LIMIT_QUESTIONS_PER_MINUTE', 30, 1, 10_000),
  RATE_LIMIT_REPORTS_PER_HOUR: int('RATE_LIMIT_REPORTS_PER_HOUR', 20, 1, 10_000),
  SHUTDOWN_TIMEOUT_MS: int('SHUTDOWN_TIMEOUT_MS', 10_000, 100, 120_000),
  // The safeguarding desk (Teams tab): who owns the policy, and how its single sign-on tokens are checked.
  POLICY_OWNERS: optionalText,
  TEAMS_APP_ID: optionalText,
  BOT_DOMAIN: optionalText,
  DESK_APP_ID_URI: optionalText.pipe(
    z
      .string()
      .regex(/^api:\/\/\S+$/, 'DESK_APP_ID_URI must start with api:// (the app ID URI)')
      .optional(),
  ),
});

/** How the bot authenticates the Bot Connector: not at all (local development) or with an app registration. */
export type BotAuthConfig =
  | { mode: 'local' }
  | {
      mode: 'authenticated';
      appId: string;
      /** Absent for UserAssignedMSI, where the managed identity holds the secret. */
      password?: string;
      tenantId: string;
      appType: (typeof BOT_TYPES)[number];
    };

export interface RetentionConfig {
  childProtectionYearsAfterReport: number;
  staffAllegationYears: number;
  lowLevelConcernYears: number;
  auditLogYears: number;
}

export interface Config {
  port: number;
  host: string;
  bot: BotAuthConfig;
  allowUnauthenticatedRemote: boolean;
  policyFile: string;
  /** The school's reading of the policy; default `<policy>.reading.yaml` beside it, a fresh draft if absent. */
  policyReadingFile?: string;
  dataDir: string;
  /** PostgreSQL connection string; when absent the store is SQLite under dataDir. */
  databaseUrl?: string;
  /** Entra object ids or UPNs (lower-cased) of the DSL and deputies. */
  safeguardingLeads: string[];
  safeguardingTeamMembersAreLeads: boolean;
  alertsShowNames: boolean;
  alertReminderMinutes: number;
  alertSecondReminderMinutes: number;
  /**
   * How long an instance holds an outbox row it claimed; after a crash another instance (or this one restarted)
   * takes the row over once the lease ends, so this bounds how late an alert can be after a crash.
   */
  outboxLeaseMs: number;
  retention: RetentionConfig;
  /** Days an answer (with the question typed) is kept for its feedback and report buttons, then deleted. */
  recentAnswersDays: number;
  /** Days "Was this helpful?" feedback (with the question typed) is kept for the policy owner, then deleted. */
  feedbackDays: number;
  logLevel: (typeof LOG_LEVELS)[number];
  maxBodyBytes: number;
  rateLimits: { questionsPerMinute: number; reportsPerHour: number };
  /** How long shutdown waits for in-flight turns before forcing exit. */
  shutdownTimeoutMs: number;
  desk: DeskConfig;
}

/** The safeguarding desk tab. Its tokens are checked against the bot's own app registration and tenant. */
export interface DeskConfig {
  /** POLICY_OWNERS (object ids or UPNs, lower-cased); absent: the safeguarding leads are the owners. */
  policyOwners?: string[];
  /** The Teams app id (manifest id), for deep links to the desk; absent: no deep link. */
  teamsAppId?: string;
  /** The app ID URI tokens are issued for (webApplicationInfo.resource): DESK_APP_ID_URI or api://BOT_DOMAIN/BOT_ID. */
  appIdUri?: string;
}

export type Env = Record<string, string | undefined>;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Parses the environment. Throws BoundaryError('config_invalid') listing every problem found. */
export function loadConfig(env: Env): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.') || 'environment';
      problems.push(issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`);
    }
    throw configError(problems);
  }
  const e = parsed.data;

  let bot: BotAuthConfig = { mode: 'local' };
  const appType = e.BOT_TYPE ?? 'SingleTenant';
  const anyCredential = e.BOT_ID !== undefined || e.BOT_PASSWORD !== undefined;
  if (anyCredential) {
    if (!e.BOT_ID) problems.push('BOT_ID is required when BOT_PASSWORD is set');
    if (appType === 'SingleTenant' && !e.BOT_PASSWORD)
      problems.push('BOT_PASSWORD is required when BOT_ID is set (BOT_TYPE=SingleTenant)');
    if (!e.BOT_TENANT_ID) problems.push('BOT_TENANT_ID is required when BOT_ID is set (the school tenant id)');
    if (e.BOT_ID && e.BOT_TENANT_ID && (appType !== 'SingleTenant' || e.BOT_PASSWORD)) {
      bot = {
        mode: 'authenticated',
        appId: e.BOT_ID,
        tenantId: e.BOT_TENANT_ID,
        appType,
        ...(e.BOT_PASSWORD ? { password: e.BOT_PASSWORD } : {}),
      };
    }
  }

  const host = e.HOST ?? (bot.mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  if (bot.mode === 'local' && problems.length === 0) {
    const refusal = bindingRefusal(host, bot, e.ALLOW_UNAUTHENTICATED_REMOTE);
    if (refusal) problems.push(refusal);
  }
  const secondReminder = e.ALERT_SECOND_REMINDER_MINUTES || secondReminderDefault(e.ALERT_REMINDER_MINUTES);
  if (secondReminder <= e.ALERT_REMINDER_MINUTES) {
    problems.push(
      `ALERT_SECOND_REMINDER_MINUTES (${secondReminder}) must be greater than ALERT_REMINDER_MINUTES ` +
        `(${e.ALERT_REMINDER_MINUTES}): set it above ${e.ALERT_REMINDER_MINUTES}, or leave it unset for ` +
        `${secondReminderDefault(e.ALERT_REMINDER_MINUTES)}`,
    );
  }
  if (problems.length > 0) throw configError(problems);

  return {
    port: e.PORT,
    host,
    bot,
    allowUnauthenticatedRemote: e.ALLOW_UNAUTHENTICATED_REMOTE,
    policyFile: e.POLICY_FILE,
    ...(e.POLICY_READING_FILE ? { policyReadingFile: e.POLICY_READING_FILE } : {}),
    dataDir: e.DATA_DIR,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    safeguardingLeads: e.SAFEGUARDING_LEADS.split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s.length > 0),
    safeguardingTeamMembersAreLeads: e.SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS,
    alertsShowNames: e.ALERTS_SHOW_NAMES,
    alertReminderMinutes: e.ALERT_REMINDER_MINUTES,
    alertSecondReminderMinutes: secondReminder,
    outboxLeaseMs: e.OUTBOX_LEASE_SECONDS * 1000,
    retention: {
      childProtectionYearsAfterReport: e.RETENTION_CHILD_PROTECTION_YEARS_AFTER_REPORT,
      staffAllegationYears: e.RETENTION_STAFF_ALLEGATION_YEARS,
      lowLevelConcernYears: e.RETENTION_LOW_LEVEL_CONCERN_YEARS,
      auditLogYears: e.RETENTION_AUDIT_LOG_YEARS,
    },
    recentAnswersDays: e.RECENT_ANSWERS_DAYS,
    feedbackDays: e.FEEDBACK_DAYS,
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: e.MAX_BODY_BYTES,
    rateLimits: {
      questionsPerMinute: e.RATE_LIMIT_QUESTIONS_PER_MINUTE,
      reportsPerHour: e.RATE_LIMIT_REPORTS_PER_HOUR,
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    desk: deskConfig(e),
  };
}

function deskConfig(e: z.infer<typeof envSchema>): DeskConfig {
  const owners = e.POLICY_OWNERS?.split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
  const appIdUri = e.DESK_APP_ID_URI ?? (e.BOT_DOMAIN && e.BOT_ID ? `api://${e.BOT_DOMAIN}/${e.BOT_ID}` : undefined);
  return {
    ...(owners ? { policyOwners: owners } : {}),
    ...(e.TEAMS_APP_ID ? { teamsAppId: e.TEAMS_APP_ID } : {}),
    ...(appIdUri ? { appIdUri } : {}),
  };
}

/**
 * The second reminder when ALERT_SECOND_REMINDER_MINUTES is not set: an hour, or twice the first when that is
 * already an hour or more, so setting only the first reminder never makes the pair invalid.
 */
export function secondReminderDefault(firstMinutes: number): number {
  return Math.max(60, 2 * firstMinutes);
}

/** The settings a start can still be checked against when others are wrong: each one that parsed on its own. */
export interface StartSettings {
  port?: number;
  host?: string;
  policyFile?: string;
  dataDir?: string;
  databaseUrl?: string;
}

/**
 * Reads the environment for a start: the Config, or every problem with it plus the settings that were valid on
 * their own, so the start can go on to name the policy, database and port problems in the same pass.
 */
export function readStartConfig(
  env: Env,
): { ok: true; config: Config } | { ok: false; problems: string[]; settings: StartSettings } {
  try {
    return { ok: true, config: loadConfig(env) };
  } catch (err) {
    if (!(err instanceof ConfigProblems)) throw err;
    const field = <K extends keyof typeof envSchema.shape>(key: K) => {
      const r = envSchema.shape[key].safeParse(env[key]);
      return r.success ? (r.data as z.output<(typeof envSchema.shape)[K]>) : undefined;
    };
    const settings: StartSettings = {};
    const port = field('PORT');
    if (port !== undefined) settings.port = port;
    const host = field('HOST');
    if (host !== undefined) settings.host = host;
    const policyFile = field('POLICY_FILE');
    if (policyFile !== undefined) settings.policyFile = policyFile;
    const databaseUrl = field('DATABASE_URL');
    if (databaseUrl !== undefined) settings.databaseUrl = databaseUrl;
    // With a DATABASE_URL that did not parse, the SQLite folder is not where the data would go: check neither.
    const dataDir = field('DATA_DIR');
    if (dataDir !== undefined && (databaseUrl !== undefined || !env.DATABASE_URL?.trim())) settings.dataDir = dataDir;
    return { ok: false, problems: err.problems, settings };
  }
}

/**
 * Why the server must not bind where it was asked to, or null when it may.
 * An unauthenticated bot reachable from the network would let anyone post activities as anyone, so local mode
 * stays on loopback unless the operator says otherwise in so many words.
 */
export function bindingRefusal(host: string, bot: BotAuthConfig, allowUnauthenticatedRemote: boolean): string | null {
  if (bot.mode !== 'local' || isLoopbackHost(host) || allowUnauthenticatedRemote) return null;
  return (
    `HOST=${host} is not a loopback address, and no BOT_ID/BOT_PASSWORD is set, so the bot would accept ` +
    'unauthenticated requests from the network. Set BOT_ID, BOT_PASSWORD and BOT_TENANT_ID, use HOST=127.0.0.1, ' +
    'or set ALLOW_UNAUTHENTICATED_REMOTE=true if you really mean it (for example inside a closed container network).'
  );
}

/** The config_invalid error, with each problem kept apart for a start that adds its own. */
export class ConfigProblems extends BoundaryError {
  constructor(readonly problems: string[]) {
    super('config_invalid', cannotStart(problems));
  }
}

/** The one plain form every start-up problem is given in: a count, then one line per setting to change. */
export function cannotStart(problems: readonly string[]): string {
  return (
    `Boundary cannot start: ${problems.length} setting${problems.length === 1 ? '' : 's'} to fix:\n` +
    problems.map((p) => `  - ${p}`).join('\n')
  );
}

function configError(problems: string[]): BoundaryError {
  return new ConfigProblems(problems);
}
