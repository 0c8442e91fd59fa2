/**
 * Who `npm run playground` signs in as, and the Agents Playground config for that run. The Playground cannot switch
 * users in its page, so playing the DSL means starting it with the DSL as `currentUser`; the people themselves live
 * in .m365agentsplayground.yml.
 */
import { parse } from 'yaml';

export const ROLES = {
  teacher: { userId: '29:1staff-alex', about: 'a member of staff' },
  dsl: { userId: '29:1dsl-sam', about: 'the Designated Safeguarding Lead' },
} as const;
export type Role = keyof typeof ROLES;

/** The Playground's own people, as its config schema 0.1.1 spells them. */
export interface PlaygroundPerson {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  [field: string]: unknown;
}

export interface PlaygroundConfig {
  currentUser: PlaygroundPerson;
  users: PlaygroundPerson[];
  personalChat: { id: string };
  [field: string]: unknown;
}

export const USAGE = `Usage: npm run playground [-- --as teacher|dsl]

  --as teacher   you are Alex Teacher, a member of staff (the default)
  --as dsl       you are Sam Lead, the Designated Safeguarding Lead: set the alerts channel in the
                 Safeguarding team's Alerts channel, and work the alerts there`;

export class PlaygroundUsageError extends Error {}

/** Reads `--as ROLE` (or `--as=ROLE`); anything else is a usage error naming what was not understood. */
export function parsePlaygroundArgs(argv: string[]): { role: Role } {
  let role: Role = 'teacher';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--as' ? argv[++i] : arg.startsWith('--as=') ? arg.slice(5) : undefined;
    if (value === undefined) throw new PlaygroundUsageError(`unknown option ${arg}`);
    if (!(value in ROLES)) throw new PlaygroundUsageError(`--as takes teacher or dsl, not "${value}"`);
    role = value as Role;
  }
  return { role };
}

/**
 * The config for one run: `role` signed in (swapped with whoever was), and a personal chat id of this run's own.
 * The Playground keeps its chats in memory, so each run opens on an empty chat; with a chat id the bot has not seen,
 * the bot greets it as a new install instead of staying silent because it welcomed that chat in an earlier run.
 */
export function playgroundConfigFor(baseYaml: string, role: Role, runId: string): PlaygroundConfig {
  const base = parse(baseYaml) as PlaygroundConfig;
  const wanted = ROLES[role].userId;
  let currentUser = base.currentUser;
  let users = base.users;
  if (currentUser.id !== wanted) {
    const at = users.findIndex((u) => u.id === wanted);
    if (at < 0) throw new Error(`.m365agentsplayground.yml has no user ${wanted} to play ${role}`);
    currentUser = users[at]!;
    users = users.map((u, i) => (i === at ? base.currentUser : u));
  }
  return { ...base, currentUser, users, personalChat: { id: `${base.personalChat.id}-${runId}` } };
}

/** The people the bot treats as safeguarding leads in the Playground: those named as DSL or deputy DSL. */
export function playgroundLeads(config: PlaygroundConfig): string[] {
  return [config.currentUser, ...config.users]
    .filter((u) => /\((deputy )?DSL\)/i.test(u.name))
    .map((u) => u.aadObjectId);
}
