import { ActivityTypes, type TurnContext } from 'botbuilder';
import { z } from 'zod';

export type CommandScope = 'personal' | 'team' | 'groupChat';

/** A command the bot understands when typed (or sent by a card button). */
export interface CommandDefinition {
  /** Lower case, single spaces: what the person types, and the manifest's commandLists title. */
  name: string;
  /** The hint in Teams' command menu (manifest description, at most 128 characters). */
  description: string;
  scopes: readonly CommandScope[];
  /** When set, the welcome/help card shows a button with this title that sends the command. */
  welcomeButton?: string;
}

/**
 * Every command routed, in matching order. The manifest's commandLists must list only these (a test checks), and
 * the welcome card's buttons come from here. A command's handler sits in its feature's module under routes/;
 * registering a command without a handler fails at start-up.
 */
export const COMMANDS: readonly CommandDefinition[] = [
  {
    name: 'help',
    description: 'What Boundary does, with a button for each action',
    scopes: ['personal', 'team', 'groupChat'],
  },
  // Reports are personal: in a channel or group chat these commands say to use the personal chat instead.
  {
    name: 'report friend request',
    description: 'Report a friend, follow or message request from a pupil, former pupil or parent',
    scopes: ['personal'],
    welcomeButton: 'Report a friend request',
  },
  {
    name: 'report post',
    description: 'Report an abusive, threatening or inappropriate post or message',
    scopes: ['personal'],
    welcomeButton: 'Report a post or message',
  },
  {
    name: 'cancel',
    description: 'Discard the report you are filling in',
    scopes: ['personal'],
  },
  {
    name: 'my reports',
    description: 'Your own reports, with their reference and status',
    scopes: ['personal'],
  },
  // Safeguarding leads only (others are refused, and the attempt is audited).
  {
    name: 'set alerts channel',
    description: 'Safeguarding leads: send alerts to this channel',
    // Listed for group chats too (Teams lists commands per scope group); there it says to use a channel.
    scopes: ['team', 'groupChat'],
  },
  {
    name: 'status',
    description: 'Safeguarding leads: is the alert channel set, and are any alerts waiting or undelivered?',
    scopes: ['personal', 'team', 'groupChat'],
  },
];

const submittedValueSchema = z
  .object({
    command: z.string().max(200).optional(),
    question: z.string().max(10_000).optional(),
  })
  .passthrough();

/** What a welcome-card button (Action.Submit) sent: a command or the example question. */
export function submittedValueOf(context: TurnContext): { command?: string; question?: string } {
  const value = submittedValueSchema.safeParse(context.activity.value ?? {});
  return value.success ? value.data : {};
}

/** Lower case, single spaces, leftover <at> mentions and trailing punctuation removed. */
export function normalizeCommandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/, '')
    .trim();
}

/** The command an activity carries, typed or from a card button's data, normalized; undefined for none. */
export function commandOf(context: TurnContext): string | undefined {
  if (context.activity.type !== ActivityTypes.Message) return undefined;
  const { command } = submittedValueOf(context);
  if (command) return normalizeCommandText(command);
  if (typeof context.activity.text === 'string' && context.activity.text.trim() !== '') {
    return normalizeCommandText(context.activity.text);
  }
  return undefined;
}
