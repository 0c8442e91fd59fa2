import { z } from 'zod';
import { ACT_IDS, FACT_IDS, FACTS, PARTY_IDS } from './vocabulary.js';

/**
 * The reading of a policy: every sentence of the document that could be a rule, as structured data the school's
 * policy owner can check and correct. Stored as YAML beside the policy (`<policy>.reading.yaml`); the file is
 * the source of truth once it exists. Field names are snake_case because a person edits them.
 */

export const FORCES = ['must', 'must_not', 'should', 'should_not', 'may', 'may_with_permission', 'none'] as const;
export type ReadingForce = (typeof FORCES)[number];

/** Whom a sentence binds. Anything but `staff` / `roles` is no rule for the member of staff asking. */
export const BINDS = ['staff', 'roles', 'pupils', 'parents', 'school', 'information'] as const;
export type Binds = (typeof BINDS)[number];

export const conditionSchema = z
  .object({
    fact: z.enum(FACT_IDS),
    /** For numeric facts: the fact is at least this. */
    at_least: z.number().nonnegative().optional(),
    /** For numeric facts: the fact is under this. */
    under: z.number().positive().optional(),
    /** For a person's fact: whose ("the Headteacher"). */
    of: z.string().min(1).optional(),
  })
  .strict();
export type Condition = z.infer<typeof conditionSchema>;

export const dutySchema = z
  .object({
    /** What must be done, in the policy's sense: tell, report, record, decline, keep, delete, ... */
    act: z.string().min(1),
    /** To whom, as the policy names them. */
    to: z.string().min(1).optional(),
    /** By when, in words ("the same working day", "within 24 hours", "immediately"). */
    within: z.string().min(1).optional(),
  })
  .strict();
export type Duty = z.infer<typeof dutySchema>;

export const entrySchema = z
  .object({
    /** Section + a hash of the text: stable across versions of the policy for an unchanged sentence. */
    id: z.string().min(1),
    section: z.string().nullable(),
    heading: z.array(z.string()),
    /** The policy's own words, verbatim. */
    text: z.string().min(1),
    /** Where the sentence holds several rules: this entry's rule, in the sentence's words. */
    part: z.string().min(1).optional(),
    /** The lead-in of the list this sentence is an item of. */
    lead_in: z.string().optional(),
    binds: z.enum(BINDS),
    /** The staff roles bound, when `binds: roles` ("the Social Media Manager"). */
    roles: z.array(z.string().min(1)).default([]),
    force: z.enum(FORCES),
    acts: z.array(z.enum(ACT_IDS)).default([]),
    /** The other parties; empty means anyone. */
    parties: z.array(z.enum(PARTY_IDS)).default([]),
    /** Platforms named; empty means any. */
    platforms: z.array(z.string().min(1)).default([]),
    /** A prohibition lapses once every one of these holds. */
    until: z.array(conditionSchema).default([]),
    /** An exception: the rule does not apply when any one of these holds. */
    unless: z.array(conditionSchema).default([]),
    /**
     * A permission holds only when every one of these holds ("provided that ..."); a ban applies only when every one
     * holds (its scope: "former pupils who have a brother or sister still at the school").
     */
    provided: z.array(conditionSchema).default([]),
    /** Whose permission `may_with_permission` needs. */
    permission_of: z.string().min(1).optional(),
    duties: z.array(dutySchema).default([]),
    /** What the drafter could not read, in words, for the owner to check. */
    uncertain: z.array(z.string()).default([]),
    reviewed: z.boolean().default(false),
    /** The owner's note when reviewing ("confirmed with the Head, 3 Dec"). */
    note: z.string().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.force === 'may_with_permission' && !e.permission_of)
      ctx.addIssue({ code: 'custom', path: ['permission_of'], message: 'say whose permission is needed' });
    if (e.binds === 'roles' && e.roles.length === 0)
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'name the roles it binds, or set binds: staff' });
    for (const [key, list] of [
      ['until', e.until],
      ['unless', e.unless],
      ['provided', e.provided],
    ] as const)
      list.forEach((c, i) => {
        const numeric = FACTS.find((f) => f.id === c.fact)?.kind === 'number';
        if (numeric && c.at_least === undefined && c.under === undefined)
          ctx.addIssue({ code: 'custom', path: [key, i], message: `${c.fact} needs at_least or under` });
        if (!numeric && (c.at_least !== undefined || c.under !== undefined))
          ctx.addIssue({ code: 'custom', path: [key, i], message: `${c.fact} takes no number` });
      });
  });
export type ReadingEntry = z.infer<typeof entrySchema>;

export const readingSchema = z
  .object({
    /** Format version of this file. */
    format: z.literal(1),
    /** The policy file this reads, by name, and the hash of its text when drafted. */
    policy: z.string().min(1),
    policy_hash: z.string().min(1),
    title: z.string().min(1),
    /** Who to ask where the policy is silent, as the policy names them. */
    contact: z.string().min(1),
    drafted_at: z.string().min(1),
    entries: z.array(entrySchema),
  })
  .strict();
export type Reading = z.infer<typeof readingSchema>;

/** How much of a reading the owner has checked, for /readyz, the log and the desk. */
export function reviewProgress(reading: Reading): {
  entries: number;
  rules: number;
  reviewed: number;
  uncertain: number;
} {
  const rules = reading.entries.filter((e) => e.force !== 'none');
  return {
    entries: reading.entries.length,
    rules: rules.length,
    reviewed: reading.entries.filter((e) => e.reviewed).length,
    uncertain: reading.entries.filter((e) => !e.reviewed && e.uncertain.length > 0).length,
  };
}
