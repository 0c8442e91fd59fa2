import { randomUUID } from 'node:crypto';
import type { Person } from '../../src/reports/incident.js';
import { IncidentService, type ReportInput } from '../../src/reports/incident-service.js';
import { ConfiguredLeadDirectory } from '../../src/reports/lead-directory.js';
import { retentionRulesFromConfig } from '../../src/reports/retention.js';
import type { Store } from '../../src/store/open-store.js';
import type { ManualClock } from '../store/factories.js';

export const dsl: Person = { aadObjectId: 'aad-dsl', name: 'Dana Lead', upn: 'dana@school.example' };
export const deputy: Person = { aadObjectId: 'aad-deputy', name: 'Dev Deputy', upn: 'dev@school.example' };
export const teacher: Person = { aadObjectId: 'aad-teacher', name: 'Sam Teacher' };
export const otherTeacher: Person = { aadObjectId: 'aad-teacher-2', name: 'Alex Teacher' };

export const retention = retentionRulesFromConfig({
  childProtectionYearsAfterReport: 25,
  staffAllegationYears: 10,
  lowLevelConcernYears: 6,
});

export function makeService(store: Store, clock: ManualClock, newId: () => string = randomUUID): IncidentService {
  return new IncidentService({
    incidents: store.incidents,
    audit: store.audit,
    // One by Entra id, one by UPN, as SAFEGUARDING_LEADS allows.
    leads: new ConfiguredLeadDirectory(['aad-dsl', 'DEV@school.example']),
    clock,
    newId,
    retention,
  });
}

export function friendRequest(over: Partial<ReportInput> = {}): ReportInput {
  return {
    category: 'friend_request',
    reporter: teacher,
    occurredAt: new Date('2026-03-01T18:30:00Z'),
    summary: 'A Year 9 pupil sent a friend request on Instagram',
    pupilName: 'Jamie Pupil',
    answers: { platform: 'instagram', accepted: false },
    ...over,
  };
}
