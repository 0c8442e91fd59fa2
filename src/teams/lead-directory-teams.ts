import { Channels, type CloudAdapter, type ConversationReference, TeamsInfo, type TurnContext } from 'botbuilder';
import type { MentionTarget, StoredConversationReference } from '../alerts/notifier.js';
import type { AlertChannelSettings } from '../alerts/settings.js';
import type { Clock } from '../clock.js';
import type { Person } from '../reports/incident.js';
import type { LeadDirectory } from '../reports/lead-directory.js';

/** One member of the alert channel's team, as Teams lists them. */
export interface RosterMember {
  /** Bot Framework user id ("29:..."), what a mention needs. */
  id: string;
  name: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  email?: string;
}

export interface TeamsRosterOptions {
  adapter: CloudAdapter;
  /** '' in local mode. */
  botAppId: string;
  channel: Pick<AlertChannelSettings, 'getAlertChannel'>;
  clock: Clock;
  /** How long a roster read is reused. Default 5 minutes: a removed member stops counting soon, not at once. */
  cacheMs?: number;
  /** Upper bound on members read (pages of 200), so a whole-school team cannot stall a turn. */
  maxMembers?: number;
}

/**
 * The members of the team the alert channel belongs to, read with TeamsInfo.getPagedTeamMembers through a
 * proactive turn on the stored channel reference, cached briefly. members() resolves null when no channel is set
 * or the reference names no team, and throws (the Bot Connector's error) when Teams cannot be reached: callers
 * decide what a failure means (the lead directory treats it as "not a lead").
 */
export class TeamsRoster {
  private cache: { at: number; teamId: string; members: RosterMember[] } | null = null;
  private inFlight: Promise<RosterMember[] | null> | null = null;

  constructor(private readonly o: TeamsRosterOptions) {}

  async members(): Promise<RosterMember[] | null> {
    const setting = await this.o.channel.getAlertChannel();
    const teamId = setting ? teamIdOf(setting.reference) : undefined;
    if (!setting || !teamId) return null;
    const now = this.o.clock.now().getTime();
    if (this.cache && this.cache.teamId === teamId && now - this.cache.at < (this.o.cacheMs ?? 5 * 60_000)) {
      return this.cache.members;
    }
    this.inFlight ??= this.read(setting.reference, teamId).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** A configured id or UPN matched against the roster (object id, UPN or e-mail), or undefined. */
  async find(idOrUpn: string): Promise<RosterMember | undefined> {
    const key = idOrUpn.toLowerCase();
    const members = (await this.members()) ?? [];
    return members.find(
      (m) =>
        m.aadObjectId?.toLowerCase() === key ||
        m.userPrincipalName?.toLowerCase() === key ||
        m.email?.toLowerCase() === key ||
        m.id.toLowerCase() === key,
    );
  }

  private async read(reference: StoredConversationReference, teamId: string): Promise<RosterMember[]> {
    const max = this.o.maxMembers ?? 2_000;
    const members: RosterMember[] = [];
    const ref = { channelId: Channels.Msteams, ...reference } as unknown as Partial<ConversationReference>;
    // The adapter's onTurnError (teams-ai's app.error) would swallow a failure inside the turn, and answer it with
    // an error card in the alert channel: catch it in the turn and rethrow it outside.
    let failure: { err: unknown } | null = null;
    await this.o.adapter.continueConversationAsync(this.o.botAppId, ref, async (context: TurnContext) => {
      try {
        await readPages(context);
      } catch (err) {
        failure = { err };
      }
    });
    if (failure) throw (failure as { err: unknown }).err;
    this.cache = { at: this.o.clock.now().getTime(), teamId, members };
    return members;

    async function readPages(context: TurnContext): Promise<void> {
      let token: string | undefined;
      do {
        const page = await TeamsInfo.getPagedTeamMembers(context, teamId, 200, token);
        for (const m of page.members ?? []) {
          members.push({
            id: m.id,
            name: m.name ?? '',
            ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}),
            ...(m.userPrincipalName ? { userPrincipalName: m.userPrincipalName } : {}),
            ...(m.email ? { email: m.email } : {}),
          });
        }
        token = page.continuationToken || undefined;
      } while (token && members.length < max);
    }
  }
}

/**
 * SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS: everyone in the alert channel's team counts as a lead. Rejects when
 * Teams cannot be reached; CombinedLeadDirectory turns that into "no", so an outage never grants access.
 */
export class TeamMembersLeadDirectory implements LeadDirectory {
  constructor(private readonly roster: TeamsRoster) {}

  async isLead(user: Person): Promise<boolean> {
    const members = await this.roster.members();
    if (!members) return false;
    const id = user.aadObjectId.toLowerCase();
    const upn = user.upn?.toLowerCase();
    return members.some(
      (m) => m.aadObjectId?.toLowerCase() === id || (upn !== undefined && m.userPrincipalName?.toLowerCase() === upn),
    );
  }
}

/**
 * Who a reminder @mentions. Level 1 goes to the DSL (the first entry of SAFEGUARDING_LEADS); level 2 to the
 * DSL and every deputy (the rest of the list, plus the team's members when they count as leads). Names come
 * from the Teams roster; an entry Teams does not know is still mentioned by its Entra id or UPN, which Teams
 * accepts as a mention id, under a neutral name. Never throws: a roster failure falls back to the ids.
 */
export function reminderMentions(opts: {
  leads: readonly string[];
  roster: Pick<TeamsRoster, 'members' | 'find'>;
  teamMembersAreLeads: boolean;
  onError?: (err: unknown) => void;
  /** At most this many people are mentioned in one reminder. */
  limit?: number;
}): (level: 1 | 2) => Promise<MentionTarget[]> {
  const limit = opts.limit ?? 20;
  return async (level) => {
    const wanted = level === 1 ? opts.leads.slice(0, 1) : [...opts.leads];
    const out = new Map<string, MentionTarget>();
    for (const idOrUpn of wanted) {
      let member: RosterMember | undefined;
      try {
        member = await opts.roster.find(idOrUpn);
      } catch (err) {
        opts.onError?.(err);
      }
      const target = member?.name
        ? { id: member.id, name: member.name }
        : { id: idOrUpn, name: level === 1 ? 'Designated Safeguarding Lead' : 'Safeguarding lead' };
      out.set(target.id.toLowerCase(), target);
    }
    if (level === 2 && opts.teamMembersAreLeads) {
      try {
        for (const m of (await opts.roster.members()) ?? []) {
          if (m.name) out.set(m.id.toLowerCase(), { id: m.id, name: m.name });
        }
      } catch (err) {
        opts.onError?.(err);
      }
    }
    return [...out.values()].slice(0, limit);
  };
}

/** The team a channel reference belongs to (channelData.team.id), if the reference recorded it. */
export function teamIdOf(reference: StoredConversationReference): string | undefined {
  const data = reference.channelData as { team?: { id?: string } } | undefined;
  return data?.team?.id;
}
