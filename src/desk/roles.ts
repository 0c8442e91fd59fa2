import type { Person } from '../reports/incident.js';
import type { LeadDirectory } from '../reports/lead-directory.js';

/**
 * Who may do what on the desk: the safeguarding leads work every concern and see the overview; policy owners
 * check and correct the policy reading; everyone else sees only their own reports. A lead also sees the policy
 * page (the DSL answers for what staff are told), but only owners correct it.
 */
export type DeskRole = 'lead' | 'owner' | 'staff';

export interface DeskUser {
  person: Person;
  role: DeskRole;
  isLead: boolean;
  isOwner: boolean;
  /** Local mode: no sign-in, acting as the first safeguarding lead. */
  local: boolean;
}

export class DeskRoles {
  constructor(
    private readonly leads: LeadDirectory,
    private readonly owners: LeadDirectory,
  ) {}

  async userOf(person: Person, local: boolean): Promise<DeskUser> {
    const [isLead, isOwner] = await Promise.all([this.leads.isLead(person), this.owners.isLead(person)]);
    return { person, role: isLead ? 'lead' : isOwner ? 'owner' : 'staff', isLead, isOwner, local };
  }
}
