import type { Person } from '../reports/incident.js';

/** A safeguarding lead a concern can be assigned to, as the desk's picker shows them. */
export interface LeadChoice {
  /** Their Entra object id when known, else the SAFEGUARDING_LEADS entry (a UPN or id) as configured. */
  id: string;
  name: string;
  upn?: string;
}

/** One person in the alert channel's team, as far as the desk needs them (the Teams roster has this shape). */
export interface KnownMember {
  name: string;
  aadObjectId?: string;
  userPrincipalName?: string;
}

export interface LeadChoicesOptions {
  /** SAFEGUARDING_LEADS, in order: the DSL first. */
  configured: readonly string[];
  /** Looks an entry up in the alert team's roster; may throw or resolve undefined (no channel, local mode). */
  find?: (idOrUpn: string) => Promise<KnownMember | undefined>;
  /** Everyone in the alert team, when SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS. */
  teamMembers?: () => Promise<readonly KnownMember[] | null>;
  onError?: (err: unknown) => void;
}

/**
 * The people a lead can hand a concern to: every SAFEGUARDING_LEADS entry, named from the Teams roster where it can
 * be read, else by its UPN (or a neutral name for a bare id), then the alert team when its members count as leads.
 * Never throws: a roster failure leaves the configured entries under their own names. Whether someone really is a
 * lead is the IncidentService's decision when they are assigned, not this list's.
 */
export function leadChoices(o: LeadChoicesOptions): () => Promise<LeadChoice[]> {
  return async () => {
    const out = new Map<string, LeadChoice>();
    const add = (c: LeadChoice) => {
      const key = c.id.toLowerCase();
      if (!out.has(key)) out.set(key, c);
    };
    for (const entry of o.configured) {
      let member: KnownMember | undefined;
      try {
        member = await o.find?.(entry);
      } catch (err) {
        o.onError?.(err);
      }
      if (member?.aadObjectId && member.name) add(fromMember(member, member.aadObjectId));
      else if (entry.includes('@')) add({ id: entry, name: entry, upn: entry });
      else add({ id: entry, name: `Safeguarding lead (${entry.slice(0, 8)})` });
    }
    if (o.teamMembers) {
      try {
        for (const m of (await o.teamMembers()) ?? []) if (m.aadObjectId && m.name) add(fromMember(m, m.aadObjectId));
      } catch (err) {
        o.onError?.(err);
      }
    }
    return [...out.values()];
  };
}

function fromMember(m: KnownMember, id: string): LeadChoice {
  return { id, name: m.name, ...(m.userPrincipalName ? { upn: m.userPrincipalName } : {}) };
}

/** The person a choice stands for, as the incident service records an assignee. */
export function personOf(c: LeadChoice): Person {
  return { aadObjectId: c.id, name: c.name, ...(c.upn ? { upn: c.upn } : {}) };
}
