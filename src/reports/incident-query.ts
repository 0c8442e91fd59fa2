import type { Category, Incident, IncidentEvent, IncidentStatus } from './incident.js';

/**
 * Reading many concerns at once, for the safeguarding desk's list and overview. Implemented over SQL in src/store
 * (SqlIncidentQueries). Reads only: every change still goes through IncidentService. Throws
 * BoundaryError('store_unavailable') when the database cannot be read.
 */
export interface ConcernFilter {
  statuses?: readonly IncidentStatus[];
  categories?: readonly Category[];
  /** Entra object id of the person it is assigned to. */
  assignedTo?: string;
  /** Entra object id of the reporter (staff see only their own). */
  reporterId?: string;
  /** Reported at or after. */
  from?: Date;
  /** Reported before. */
  to?: Date;
  /** The start of a reference, upper-case ("SM-2026-00"). */
  refStartsWith?: string;
  limit?: number;
  /** Rows skipped first, in the same order (a page of the desk's list). */
  offset?: number;
}

export interface IncidentQueries {
  /** Newest first. */
  list(filter: ConcernFilter): Promise<Incident[]>;
  /** The chronology of each incident asked for, in order, by incident id. */
  eventsOf(incidentIds: readonly string[]): Promise<Map<string, IncidentEvent[]>>;
  /** Concerns reported per calendar month (UTC, "2026-11") and category, from `since`. */
  perMonth(since: Date): Promise<{ month: string; category: string; count: number }[]>;
}
