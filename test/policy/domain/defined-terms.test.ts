import { describe, expect, it } from 'vitest';
import { splitRules } from '../../../src/policy/answering/rule-parts.js';
import { learnDefinedTerms, termRewriter } from '../../../src/policy/domain/defined-terms.js';
import { readForce } from '../../../src/policy/domain/force.js';
import { tagClause } from '../../../src/policy/domain/tagger.js';
import { fold } from '../../../src/policy/domain/text.js';
import { parsePolicy } from '../../../src/policy/engine.js';
import type { RawClause } from '../../../src/policy/ingest/segment.js';

const raw = (text: string): RawClause => ({
  id: 'c1',
  index: 0,
  section: null,
  headingPath: [],
  text,
  context: null,
  outerContext: null,
  bullet: false,
});

describe('learnDefinedTerms', () => {
  it.each([
    ['"The Employee" means any person employed to work at the school.', 'employee', 'staff'],
    ['In this policy “the Worker” refers to anyone engaged by the Trust.', 'worker', 'staff'],
    [
      'Any person employed or engaged by the school (hereafter "the Individual") must follow it.',
      'individual',
      'staff',
    ],
    ['Where the policy refers to "the Employer" it means the Governing Body of the school.', 'employer', 'school'],
    ['"The Head" means the Headteacher or, in their absence, the person acting as Headteacher.', 'head', 'head'],
    ['"the Company" means Oak Learning Trust and its academies.', 'company', 'school'],
    ['"Parent" includes anyone with parental responsibility for a pupil, and carers.', 'parent', 'parent'],
  ])('when the policy says %j, then %s is learnt as %s', (text, term, role) => {
    expect(learnDefinedTerms(text)).toContainEqual({ term, role });
  });

  it('when a definitions table names a role with more words ("Former pupil"), then it is left to the lexicon', () => {
    const terms = learnDefinedTerms(
      'Section 2 – Definitions\nPupil\tAny child on roll.\nFormer pupil\tA young person who has left.\nSocial media\tAny website.',
    );
    expect(terms.map((t) => t.term)).toEqual(['pupil']);
  });

  it('when a policy capitalises a role noun without defining it, then it is still a defined term', () => {
    expect(learnDefinedTerms('The Worker must not accept friend requests from pupils.')).toEqual([
      { term: 'worker', role: 'staff' },
    ]);
  });

  it('when "the Head of Department" appears, then it is no defined term for the head', () => {
    expect(learnDefinedTerms('Ask the Head of Department first.')).toEqual([]);
  });

  it('when the policy defines nothing, then the rewriter leaves text as it is', () => {
    expect(termRewriter([])('staff must not')).toBe('staff must not');
  });
});

describe('termRewriter', () => {
  const rewrite = termRewriter(
    learnDefinedTerms(
      '"the Employee" means any person employed at the school; "the Employer" means the Governing Body; "the Head" means the Headteacher.',
    ),
  );

  it('when a rule names the Employee, its possessive or the Employer, then plain words replace them', () => {
    expect(rewrite(fold("A member of the Employee's own family."))).toBe('a member of their own family.');
    expect(rewrite(fold('The Employee must not follow pupils.'))).toBe('staff must not follow pupils.');
    expect(rewrite(fold("The Employer's Code of Conduct."))).toBe("the school's code of conduct.");
  });

  it('when "the Head of Department" appears beside a defined "the Head", then only the Head is rewritten', () => {
    expect(rewrite(fold('Tell the Head of Department, then the Head.'))).toBe(
      'tell the head of department, then the headteacher.',
    );
  });
});

describe('tagClause with defined terms', () => {
  const rewrite = termRewriter([{ term: 'employee', role: 'staff' }]);

  it('when a rule is about the Employee, then it is a rule about staff (the asker)', () => {
    const c = tagClause(raw('The Employee must not follow pupils on personal accounts.'), rewrite);
    expect(c.tags.subject).toBe('staff');
    expect(c.tags.force).toBe('must_not');
    expect(c.tags.who).toContain('pupil');
  });

  it("when a pupil is a member of the Employee's own family, then the clause is about family members", () => {
    const c = tagClause(
      raw(
        "An online connection with a pupil who is a member of the Employee's own family is not a breach of this Part, provided the Employee has informed the Head in writing.",
      ),
      rewrite,
    );
    expect(c.tags.who).toContain('family_member');
    expect(c.tags.force).toBe('may');
    expect(c.tags.conditional).toBe(true);
    // The citation quotes the policy's own words.
    expect(c.text).toContain("the Employee's own family");
  });

  it('when something is "a matter for the Employee", then it is left to staff', () => {
    const c = tagClause(raw('Political or campaigning posts are a matter for the Employee.'), rewrite);
    expect(c.tags.force).toBe('may');
  });
});

describe('second person and first person plural', () => {
  it.each([
    ['You must not accept friend requests from pupils.', 'staff'],
    ['Our staff must not accept friend requests from pupils.', 'staff'],
    ['We will remove any post that identifies a pupil.', 'school'],
    ['Staff must not accept friend requests from pupils.', 'staff'],
    ['The school will monitor its official accounts.', 'school'],
    ['The school logo may only be used with the written agreement of the Head.', 'any'],
  ])('when the rule reads %j, then its subject is %s', (text, subject) => {
    expect(tagClause(raw(text)).tags.subject).toBe(subject);
  });

  it('when a whole policy defines "the Employee", then its clauses are tagged with the learnt terms', () => {
    const doc = parsePolicy(
      'p.txt',
      '1. Terms\n1.1 "The Employee" means any person employed at the school.\n1.2 The Employee must not follow pupils on social media.\n',
    );
    expect(doc.definedTerms).toContainEqual({ term: 'employee', role: 'staff' });
    expect(doc.clauses.find((c) => c.text.includes('follow'))?.tags.subject).toBe('staff');
  });

  it('when a two-part rule names the defined term, then each half is read with it in plain words', () => {
    const doc = parsePolicy(
      'p.txt',
      '1. Terms\n1.1 "The Employee" means any person employed at the school.\n1.2 The Employee may name the school as their employer on LinkedIn, but should not otherwise name the school on personal profiles.\n',
    );
    const rule = doc.clauses.find((c) => c.text.includes('LinkedIn'));
    expect(rule?.plain).toMatch(/^staff may name the school/);
    expect(splitRules(rule?.plain ?? '').map((p) => readForce(p).force)).toEqual(['may', 'should_not']);
  });
});
