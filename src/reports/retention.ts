import type { Incident } from './incident.js';

/**
 * Retention is configuration: how many years a closed record is kept before someone reviews it (IRMS
 * toolkit). Nothing is deleted automatically; `boundary retention --dry-run` lists what is due.
 */
export interface RetentionRule {
  years: number;
  /** Counted from when the concern was reported or from when it was closed. */
  from: 'reported' | 'closed';
  /** Child protection: also not before the pupil's 25th birthday, when the date of birth was recorded. */
  untilPupilAge?: number;
}

export interface RetentionRules {
  byCategory: Record<string, RetentionRule>;
  fallback: RetentionRule;
}

export function retentionRulesFromConfig(r: {
  childProtectionYearsAfterReport: number;
  staffAllegationYears: number;
  lowLevelConcernYears: number;
}): RetentionRules {
  const childProtection: RetentionRule = {
    years: r.childProtectionYearsAfterReport,
    from: 'reported',
    untilPupilAge: 25,
  };
  const lowLevel: RetentionRule = { years: r.lowLevelConcernYears, from: 'closed' };
  return {
    byCategory: {
      child_at_risk: childProtection,
      indecent_image: childProtection,
      friend_request: lowLevel,
      abusive_post: lowLevel,
    },
    // Unclassified concerns may turn out to be allegations about staff: keep them as long as those.
    fallback: { years: r.staffAllegationYears, from: 'closed' },
  };
}

function addYears(d: Date, years: number): Date {
  const out = new Date(d.getTime());
  out.setUTCFullYear(out.getUTCFullYear() + years);
  return out;
}

/** When a closed record falls due for review; null while the concern is open. */
export function reviewDate(incident: Incident, rules: RetentionRules): Date | null {
  if (incident.status !== 'closed' || !incident.closedAt) return null;
  const rule = rules.byCategory[incident.category] ?? rules.fallback;
  let due = addYears(rule.from === 'closed' ? incident.closedAt : incident.reportedAt, rule.years);
  const dob = incident.answers.pupilDateOfBirth;
  if (rule.untilPupilAge && typeof dob === 'string' && !Number.isNaN(Date.parse(dob))) {
    const birthday = addYears(new Date(dob), rule.untilPupilAge);
    if (birthday > due) due = birthday;
  }
  return due;
}

export interface DueForReview {
  incident: Incident;
  reviewAt: Date;
}

export function dueForReview(closed: Incident[], rules: RetentionRules, now: Date): DueForReview[] {
  const due: DueForReview[] = [];
  for (const incident of closed) {
    const reviewAt = reviewDate(incident, rules);
    if (reviewAt && reviewAt <= now) due.push({ incident, reviewAt });
  }
  return due.sort((a, b) => a.reviewAt.getTime() - b.reviewAt.getTime());
}
