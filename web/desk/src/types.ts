/**
 * The JSON the desk API answers with (docs: the desk contract between the server and the UI). Only shapes; the
 * server is the judge of what is allowed, the UI shows what it is given.
 */

export type Role = 'lead' | 'owner' | 'staff';

export interface Me {
  name: string;
  id: string;
  role: Role;
  isOwner: boolean;
  local: boolean;
}

export type Delivery = 'delivered' | 'waiting' | 'failed';

export interface LastAction {
  at: string;
  by: string;
  what: string;
}

export interface ConcernRow {
  reference: string;
  kind: string;
  kindLabel: string;
  severity: string;
  status: string;
  statusLabel: string;
  createdAt: string;
  assignedTo: string | null;
  lastAction: LastAction | null;
  delivery: Delivery;
}

export interface ConcernList {
  concerns: ConcernRow[];
  page: number;
  pageSize: number;
  /** Whether the next page has any rows. */
  hasMore: boolean;
}

/** A safeguarding lead a concern can be assigned to (GET /api/desk/leads). */
export interface LeadChoice {
  id: string;
  name: string;
  upn?: string;
  me: boolean;
}

export type ActionName = 'acknowledge' | 'assign' | 'note' | 'escalate' | 'close';

export interface ChronologyItem {
  at: string;
  by: string;
  what: string;
  detail?: string | null;
}

/** A note as the server gives it: its shape is not fixed by the contract, so the UI reads what is there. */
export type Note = string | { at?: string; by?: string; text?: string; what?: string; detail?: string | null };

export interface Decision {
  at: string;
  by: string;
  outcome: string;
  rationale: string;
}

export interface ConcernRecord {
  reference: string;
  kind: string;
  kindLabel: string;
  severity: string;
  status: string;
  statusLabel?: string;
  createdAt: string;
  reporter: string;
  assignedTo: string | null;
  /** Whether the person looking holds the case (they may hand it on). */
  assignedToMe?: boolean;
  /** What the reporter said happened, in their words. */
  summary?: string;
  /** The reporter's own view: status only, no notes or decisions. */
  reporterView?: boolean;
  facts: { label: string; value: string }[];
  chronology: ChronologyItem[];
  notes: Note[];
  decisions: Decision[];
  allowedActions: ActionName[];
}

export interface ActionBody {
  action: ActionName;
  assignee?: string;
  text?: string;
  to?: string;
  outcome?: string;
  rationale?: string;
}

export interface Overview {
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
  unacknowledged: { reference: string; createdAt: string; minutes: number }[];
  retentionDue: { reference: string; dueAt: string }[];
  audit: { verified: boolean; checked: number; problem?: string; fullCheckAt?: string };
  perMonth: { month: string; kind: string; count: number }[];
}

export interface Condition {
  fact: string;
  at_least?: number;
  under?: number;
  of?: string;
}

export interface Duty {
  act: string;
  to?: string;
  within?: string;
}

export interface PolicyEntry {
  id: string;
  section: string | null;
  text: string;
  leadIn?: string;
  plain: string;
  binds: string;
  roles?: string[];
  force: string;
  acts: string[];
  parties: string[];
  platforms: string[];
  /** The conditions in words ("they are at least 18"); older servers sent the structured form here. */
  until: (string | Condition)[];
  unless: (string | Condition)[];
  provided: (string | Condition)[];
  /** The conditions as the reading file holds them, for the correction form. */
  conditions?: { until: Condition[]; unless: Condition[]; provided: Condition[] };
  permissionOf?: string;
  duties: Duty[];
  uncertain: string[];
  reviewed: boolean;
  note?: string;
}

export interface PolicySection {
  heading: string;
  entries: PolicyEntry[];
}

export interface CheckLine {
  topic: string;
  question: string;
  verdict: string;
  answer: string;
  sections: (string | null)[];
}

export interface PolicyPage {
  title: string;
  file: string;
  progress: { entries: number; rules: number; reviewed: number; uncertain: number };
  sections: PolicySection[];
  check: { lines: CheckLine[]; gaps: string[] };
  feedback: { clause: string; section: string | null; helpful: number; notHelpful: number }[];
}

/** The fields of an entry an owner may correct, in the reading file's own (snake_case) words. */
export interface EntryPatch {
  binds?: string;
  roles?: string[];
  force?: string;
  acts?: string[];
  parties?: string[];
  platforms?: string[];
  until?: Condition[];
  unless?: Condition[];
  provided?: Condition[];
  permission_of?: string;
  duties?: Duty[];
  reviewed?: boolean;
  note?: string;
}

export interface Word {
  id: string;
  say: string;
}

export interface Vocabulary {
  acts: Word[];
  parties: Word[];
  facts: (Word & { kind: string })[];
  forces: Word[];
  binds: Word[];
}

export interface Problem {
  entry?: string;
  field?: string;
  message: string;
}
