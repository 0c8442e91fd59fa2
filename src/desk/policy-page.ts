import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { EntryPatch, PolicyCheck, ReadingDesk } from '../policy/reading/desk.js';
import { conditionsInWords } from '../policy/reading/evaluate.js';
import { describeEntry } from '../policy/reading/plain.js';
import type { ReadingEntry } from '../policy/reading/schema.js';
import { BINDS, FORCES, reviewProgress } from '../policy/reading/schema.js';
import { ACTS, FACTS, PARTIES } from '../policy/reading/vocabulary.js';
import type { AuditLog } from '../reports/incident-store.js';
import { type DeskOutcome, ok, refuse } from './outcome.js';
import type { DeskUser } from './roles.js';

/**
 * The policy side of the desk: the reading of the school's policy section by section in plain English (uncertain
 * entries first), the policy check (what Boundary answers per topic, and the gaps), and the "Was this helpful?"
 * summary. Owners and leads read it; owners correct it. A correction goes through ReadingDesk (validated, written
 * to the reading file, used by the next answer) and is audited here with who, when, before and after.
 */

/** What the page needs of the "Was this helpful?" log. */
export interface FeedbackSource {
  list(opts?: { since?: Date }): Promise<{ clauseIds: string[]; helpful: boolean }[]>;
}

export interface PolicyPageDeps {
  /** Null while the policy has no reading (the engine reads it at start-up). */
  reading: () => ReadingDesk | null;
  feedback: FeedbackSource | null;
  audit: AuditLog;
  clock: Clock;
}

export interface EntryView {
  id: string;
  section: string | null;
  text: string;
  /** Where the sentence holds several rules: this entry's one, in the sentence's words. */
  part?: string;
  leadIn?: string;
  plain: string;
  binds: ReadingEntry['binds'];
  roles: string[];
  force: ReadingEntry['force'];
  acts: string[];
  parties: string[];
  platforms: string[];
  until: string[];
  unless: string[];
  provided: string[];
  conditions: Pick<ReadingEntry, 'until' | 'unless' | 'provided'>;
  permissionOf?: string;
  duties: ReadingEntry['duties'];
  uncertain: string[];
  reviewed: boolean;
  note?: string;
}

export interface PolicyPage {
  title: string;
  file: string;
  progress: ReturnType<typeof reviewProgress>;
  sections: { heading: string; entries: EntryView[] }[];
  check: PolicyCheck;
  feedback: { clause: string; section: string | null; text: string | null; helpful: number; notHelpful: number }[];
}

const PATCH_KEYS = [
  'binds',
  'roles',
  'force',
  'acts',
  'parties',
  'platforms',
  'until',
  'unless',
  'provided',
  'permission_of',
  'duties',
  'reviewed',
  'note',
] as const;

/**
 * A duty as the correction form sends it: what must be done, to whom, within when. Checked here as well as by the
 * reading's schema so the owner is told in plain words which duty is wrong; blank "to whom" / "within" are left out.
 */
const DutyInputSchema = z
  .object({
    act: z
      .string({ message: 'Say what must be done (e.g. tell).' })
      .trim()
      .min(1, 'Say what must be done (e.g. tell).')
      .max(60, 'What must be done: one or two words (e.g. tell, record).'),
    to: z.string().trim().max(200, 'To whom: at most 200 characters.').optional(),
    within: z.string().trim().max(200, 'Within when: at most 200 characters.').optional(),
  })
  .strict()
  .transform((d) => ({ act: d.act, ...(d.to ? { to: d.to } : {}), ...(d.within ? { within: d.within } : {}) }));

/** The shape of a patch; the other values are checked by ReadingDesk against the reading's schema. */
const PatchSchema = z
  .object({
    ...(Object.fromEntries(PATCH_KEYS.map((k) => [k, z.unknown().optional()])) as Record<
      (typeof PATCH_KEYS)[number],
      z.ZodOptional<z.ZodUnknown>
    >),
    duties: z.array(DutyInputSchema).max(10, 'At most 10 duties on one entry.').optional(),
  })
  .strict();

export class PolicyPageDesk {
  constructor(private readonly d: PolicyPageDeps) {}

  async page(user: DeskUser): Promise<DeskOutcome<PolicyPage>> {
    const denied = await this.gate(user, 'policy.read');
    if (denied) return denied;
    const desk = this.d.reading();
    if (!desk)
      return refuse(
        'not_found',
        'no_reading',
        'The policy has not been read yet: restart Boundary once the policy file is in place.',
      );
    const reading = desk.reading();
    const byId = new Map(reading.entries.map((e) => [e.id, e]));
    return ok({
      title: reading.title,
      file: desk.path,
      progress: reviewProgress(reading),
      sections: sectionsOf(reading.entries),
      check: desk.check(),
      feedback: await this.feedback(byId),
    });
  }

  async correct(
    user: DeskUser,
    id: string,
    body: unknown,
  ): Promise<DeskOutcome<{ before: EntryView; after: EntryView }>> {
    const now = this.d.clock.now();
    if (!user.isOwner) {
      await this.auditRefusal(user, 'policy.correct', { entry: id.slice(0, 200) });
      return refuse('forbidden', 'not_allowed', 'Only the policy owner can correct the reading of the policy.');
    }
    const desk = this.d.reading();
    if (!desk) return refuse('not_found', 'no_reading', 'The policy has not been read yet.');
    const shape = PatchSchema.safeParse(body);
    if (!shape.success) {
      return {
        ok: false,
        kind: 'unprocessable',
        code: 'invalid_patch',
        message: 'The correction could not be used: see the problems.',
        problems: shape.error.issues.map((i) => ({
          entry: id,
          field: i.path.join('.') || '(body)',
          message: i.code === 'unrecognized_keys' ? `these cannot be changed here: ${i.keys.join(', ')}` : i.message,
        })),
      };
    }
    if (!desk.reading().entries.some((e) => e.id === id))
      return refuse('not_found', 'not_found', `The reading has no entry ${id.slice(0, 200)}.`);
    const patch = Object.fromEntries(Object.entries(shape.data).filter(([, v]) => v !== undefined)) as EntryPatch;
    const result = desk.correct(id, patch);
    if (!result.ok) {
      return {
        ok: false,
        kind: 'unprocessable',
        code: 'invalid_patch',
        message: 'The correction was not saved: see the problems.',
        problems: result.problems,
      };
    }
    const changed = Object.keys(patch) as (keyof EntryPatch)[];
    await this.d.audit.append({
      at: now,
      actor: user.person,
      action: 'policy.corrected',
      incidentId: null,
      detail: {
        entry: id,
        file: desk.path,
        before: Object.fromEntries(changed.map((k) => [k, result.before[k] ?? null])),
        after: Object.fromEntries(changed.map((k) => [k, result.after[k] ?? null])),
        via: 'desk',
      },
    });
    return ok({ before: entryView(result.before), after: entryView(result.after) });
  }

  async vocabulary(user: DeskUser) {
    const denied = await this.gate(user, 'policy.vocabulary');
    if (denied) return denied;
    return ok({
      acts: ACTS.map((a) => ({ id: a.id, say: a.say })),
      parties: PARTIES.map((p) => ({ id: p.id, say: p.say })),
      facts: FACTS.map((f) => ({ id: f.id, kind: f.kind, say: f.say })),
      forces: [...FORCES],
      binds: [...BINDS],
    });
  }

  private async gate(user: DeskUser, attempted: string): Promise<DeskOutcome<never> | null> {
    if (user.isOwner || user.isLead) return null;
    await this.auditRefusal(user, attempted, {});
    return refuse(
      'forbidden',
      'not_allowed',
      'Only the policy owner and the safeguarding team can see the reading of the policy.',
    );
  }

  private async auditRefusal(user: DeskUser, attempted: string, detail: Record<string, unknown>) {
    await this.d.audit.append({
      at: this.d.clock.now(),
      actor: user.person,
      action: 'desk.refused',
      incidentId: null,
      detail: { attempted, ...detail, via: 'desk' },
    });
  }

  private async feedback(byId: Map<string, ReadingEntry>): Promise<PolicyPage['feedback']> {
    if (!this.d.feedback) return [];
    const counts = new Map<string, { helpful: number; notHelpful: number }>();
    for (const f of await this.d.feedback.list()) {
      const clause = f.clauseIds[0] ?? '(not covered)';
      const c = counts.get(clause) ?? { helpful: 0, notHelpful: 0 };
      if (f.helpful) c.helpful += 1;
      else c.notHelpful += 1;
      counts.set(clause, c);
    }
    return [...counts]
      .map(([clause, c]) => {
        const entry = byId.get(clause);
        return { clause, section: entry?.section ?? null, text: entry?.text ?? null, ...c };
      })
      .sort((a, b) => b.notHelpful - a.notHelpful || b.helpful - a.helpful || a.clause.localeCompare(b.clause));
  }
}

/** Unreviewed entries Boundary was unsure of come first, so the owner's first minutes go where they matter most. */
function needsLook(e: ReadingEntry): boolean {
  return !e.reviewed && e.uncertain.length > 0;
}

function sectionsOf(entries: readonly ReadingEntry[]): PolicyPage['sections'] {
  const groups = new Map<string, ReadingEntry[]>();
  for (const e of entries) {
    const heading = e.heading.join(' › ') || 'Untitled section';
    groups.set(heading, [...(groups.get(heading) ?? []), e]);
  }
  const sections = [...groups].map(([heading, list]) => ({
    heading,
    entries: [...list.filter(needsLook), ...list.filter((e) => !needsLook(e))].map(entryView),
  }));
  // Stable: sections keep document order among themselves.
  return [
    ...sections.filter((s) => s.entries.some((e) => !e.reviewed && e.uncertain.length > 0)),
    ...sections.filter((s) => !s.entries.some((e) => !e.reviewed && e.uncertain.length > 0)),
  ];
}

export function entryView(e: ReadingEntry): EntryView {
  return {
    id: e.id,
    section: e.section,
    text: e.text,
    ...(e.part ? { part: e.part } : {}),
    ...(e.lead_in ? { leadIn: e.lead_in } : {}),
    // The same sentence `boundary review` prints, so the desk and the command line never disagree.
    plain: describeEntry(e),
    binds: e.binds,
    roles: e.roles,
    force: e.force,
    acts: e.acts,
    parties: e.parties,
    platforms: e.platforms,
    until: e.until.map((c) => conditionsInWords([c], 'and')),
    unless: e.unless.map((c) => conditionsInWords([c], 'or')),
    provided: e.provided.map((c) => conditionsInWords([c], 'and')),
    conditions: { until: e.until, unless: e.unless, provided: e.provided },
    ...(e.permission_of ? { permissionOf: e.permission_of } : {}),
    duties: e.duties,
    uncertain: e.uncertain,
    reviewed: e.reviewed,
    ...(e.note ? { note: e.note } : {}),
  };
}
