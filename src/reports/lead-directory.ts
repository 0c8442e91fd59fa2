import type { Person } from './incident.js';

/**
 * Who may act on incidents and set up alerts: the DSL and deputies. isLead resolves false rather than
 * throwing when an optional source (e.g. the alert channel team's roster) cannot be reached, so a Teams
 * outage never grants access; the configured list always answers.
 */
export interface LeadDirectory {
  isLead(user: Person): Promise<boolean>;
}

/** SAFEGUARDING_LEADS: Entra object ids or UPNs, compared case-insensitively. */
export class ConfiguredLeadDirectory implements LeadDirectory {
  private readonly ids: Set<string>;
  constructor(idsOrUpns: readonly string[]) {
    this.ids = new Set(idsOrUpns.map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0));
  }
  async isLead(user: Person): Promise<boolean> {
    return this.ids.has(user.aadObjectId.toLowerCase()) || (!!user.upn && this.ids.has(user.upn.toLowerCase()));
  }
  get size(): number {
    return this.ids.size;
  }
}

/**
 * The configured leads, plus optional extra sources (SAFEGUARDING_TEAM_MEMBERS_ARE_LEADS: members of the
 * alert channel's team, looked up by the Teams layer). An extra source that throws counts as "no".
 */
export class CombinedLeadDirectory implements LeadDirectory {
  constructor(
    private readonly primary: LeadDirectory,
    private readonly extra: LeadDirectory[],
    private readonly onError: (err: unknown) => void = () => {},
  ) {}
  async isLead(user: Person): Promise<boolean> {
    if (await this.primary.isLead(user)) return true;
    for (const source of this.extra) {
      try {
        if (await source.isLead(user)) return true;
      } catch (err) {
        this.onError(err);
      }
    }
    return false;
  }
}
