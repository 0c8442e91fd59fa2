import type { Clock } from '../clock.js';
import type { ReadingDesk } from '../policy/reading/desk.js';
import type { Person } from '../reports/incident.js';
import type { IncidentQueries } from '../reports/incident-query.js';
import type { IncidentService } from '../reports/incident-service.js';
import type { AuditLog } from '../reports/incident-store.js';
import type { LeadDirectory } from '../reports/lead-directory.js';
import { AuditCheck } from './audit-check.js';
import { ConcernDesk } from './concerns.js';
import type { LeadChoice } from './lead-choices.js';
import type { DeskOutcome } from './outcome.js';
import { type Overview, readOverview } from './overview.js';
import { type FeedbackSource, PolicyPageDesk } from './policy-page.js';
import { DeskRoles, type DeskUser } from './roles.js';

/** The safeguarding desk's use cases, over the bot's own services and store: what the tab's API calls. */
export interface Desk {
  userOf(person: Person, local: boolean): Promise<DeskUser>;
  readonly concerns: ConcernDesk;
  overview(user: DeskUser): Promise<DeskOutcome<Overview>>;
  readonly policy: PolicyPageDesk;
}

export interface DeskDeps {
  incidents: IncidentService;
  queries: IncidentQueries;
  audit: AuditLog;
  leads: LeadDirectory;
  /** Whom a concern can be assigned to; without it, only the caller ("Assign to me"). */
  leadChoices?: () => Promise<LeadChoice[]>;
  owners: LeadDirectory;
  feedback: FeedbackSource | null;
  reading: () => ReadingDesk | null;
  clock: Clock;
  reminderMinutes: number;
}

export function createDesk(d: DeskDeps): Desk {
  const roles = new DeskRoles(d.leads, d.owners);
  const auditCheck = new AuditCheck(d.audit, d.clock);
  return {
    userOf: (person, local) => roles.userOf(person, local),
    concerns: new ConcernDesk({ ...d, leadChoices: d.leadChoices ?? (async () => []) }),
    overview: (user) => readOverview({ ...d, auditCheck }, user),
    policy: new PolicyPageDesk({ reading: d.reading, feedback: d.feedback, audit: d.audit, clock: d.clock }),
  };
}
