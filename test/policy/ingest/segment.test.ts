import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/policy/ingest/normalise.js';
import { segment } from '../../../src/policy/ingest/segment.js';

const parse = (text: string) => segment(normaliseText(text));

describe('normaliseText', () => {
  it('when export artefacts are present, then bookmarks, image markers and form blanks are removed', () => {
    const lines = normaliseText(
      '[bookmark: _Toc110736478]1.1\tStaff must be careful.\n[image: logo.png]\nName: ..........\nSigned\nSign:\nDate:\t\n',
    ).filter(Boolean);
    expect(lines).toEqual(['1.1 Staff must be careful.']);
  });

  it("when a Do | Don't table was pasted one cell per line, then each column's cells are listed under its header", () => {
    const lines = normaliseText(
      [
        'Quick guide',
        'Do',
        "Don't",
        'Use your phone in the staff office on your break',
        'Take your phone into a bedroom',
        'Carry the residence handset on waking nights',
        'Use your own phone as a torch on night checks',
        '',
        'Frequently asked',
      ].join('\n'),
    ).filter(Boolean);
    expect(lines).toEqual([
      'Quick guide',
      'Do:',
      '• Use your phone in the staff office on your break',
      '• Carry the residence handset on waking nights',
      "Don't:",
      '• Take your phone into a bedroom',
      '• Use your own phone as a torch on night checks',
      'Frequently asked',
    ]);
    const dont = parse(lines.join('\n')).clauses.find((c) => c.text.startsWith('Use your own phone as a torch'));
    expect(dont?.context).toBe("Don't:");
  });

  it('when a Role | May | Must not row is flattened to one line, then it is read as the two rules it holds', () => {
    const lines = normaliseText(
      'Peripatetic tutors — May: text a parent through the lesson-booking system — Must not: text or call students, or use a personal number\n',
    ).filter(Boolean);
    expect(lines).toEqual([
      'Peripatetic tutors may text a parent through the lesson-booking system.',
      'Peripatetic tutors must not text or call students, or use a personal number.',
    ]);
  });

  it('when a list lead-in such as "RED – never:" repeats in every topic, then it is kept and not taken for a page header', () => {
    const topic = (n: number) => [`${n}. Topic ${n}`, 'RED – never:', `• do thing ${n}`, ''];
    const lines = normaliseText([1, 2, 3, 4, 5].flatMap(topic).join('\n')).filter(Boolean);
    expect(lines.filter((l) => l === 'RED – never:')).toHaveLength(5);
  });

  it('when a header repeats on every page, then it is dropped but policy text is kept', () => {
    const page = 'Oakfield School Social Media Policy\nStaff must not post photos of pupils.\nPage 1 of 4\n';
    const lines = normaliseText(page.repeat(1) + 'Oakfield School Social Media Policy\n'.repeat(4)).filter(Boolean);
    expect(lines).toEqual(['Staff must not post photos of pupils.']);
  });

  it('when the document carries its version history as a table, then its rows are dropped and a rule with pipes is kept', () => {
    const lines = normaliseText(
      [
        'Version | Date | Author | Change',
        '1.0 | September 2021 | LA Schools HR | Model template issued',
        '1.1 | [insert date] | Executive Headteacher | Tapestry section added',
        'v2.3\t12/03/2024\tHead of School\tSmart watch paragraph added',
        "Do post in Welsh or English | Don't criticise the school online",
      ].join('\n'),
    ).filter(Boolean);
    expect(lines).toEqual(["Do post in Welsh or English | Don't criticise the school online"]);
  });

  it('when table-of-contents lines appear, then they are dropped', () => {
    const lines = normaliseText(
      'Contents\nIntroduction ........ 3\nPersonal use\t5\nStaff must not friend pupils.',
    ).filter(Boolean);
    expect(lines).toEqual(['Staff must not friend pupils.']);
  });

  it('when a table row holds metadata cells, then the layout is dropped', () => {
    const lines = normaliseText('Issue Date: September 2020\tReview Date: Summer Term 2022\nAuthorised by:\t\n').filter(
      Boolean,
    );
    expect(lines).toEqual([]);
  });
});

describe('segment', () => {
  it('when headings are numbered, then clauses carry their section and heading path', () => {
    const { title, clauses } = parse(
      'Social Media Policy\n\n6. PERSONAL USE OF SOCIAL MEDIA\n6.1\tStaff must not identify the school.\n6.2.1 Staff must not contact pupils. They must decline requests.\n',
    );
    expect(title).toBe('Social Media Policy');
    expect(clauses.map((c) => [c.section, c.headingPath, c.text])).toEqual([
      ['6.1', ['6. PERSONAL USE OF SOCIAL MEDIA'], 'Staff must not identify the school.'],
      ['6.2.1', ['6. PERSONAL USE OF SOCIAL MEDIA'], 'Staff must not contact pupils.'],
      ['6.2.1', ['6. PERSONAL USE OF SOCIAL MEDIA'], 'They must decline requests.'],
    ]);
  });

  it('when bullets follow a lead-in ending with a colon, then each bullet keeps the lead-in as context', () => {
    const { clauses } = parse(
      'Conduct\n\nIt should not bring the school into disrepute, for example by:\n\n- Criticising or arguing with parents, colleagues etc;\n · Posting images of pupils.\n• Sharing passwords\n\nA new paragraph follows.\n',
    );
    const bullets = clauses.filter((c) => c.bullet);
    expect(bullets.map((c) => c.text)).toEqual([
      'Criticising or arguing with parents, colleagues etc;',
      'Posting images of pupils.',
      'Sharing passwords',
    ]);
    for (const b of bullets) expect(b.context).toBe('It should not bring the school into disrepute, for example by:');
    expect(clauses.at(-1)).toMatchObject({ text: 'A new paragraph follows.', context: null, bullet: false });
  });

  it('when a bullet is itself a lead-in, then its children keep the outer lead-in too', () => {
    const { clauses } = parse(
      'Staff should not:\n- Breach confidentiality, for example by:\n - Discussing pupils online.\n',
    );
    const child = clauses.find((c) => c.text === 'Discussing pupils online.')!;
    expect(child.context).toBe('Breach confidentiality, for example by:');
    expect(child.outerContext).toBe('Staff should not:');
  });

  it('when list items are lettered or numbered in brackets, then the label becomes the section', () => {
    const { clauses } = parse(
      'Rules\n\n- 1) a) There will be no access for pupils in Lower School.\n - b) Classes 9 and 10 need a teacher.\n',
    );
    expect(clauses.map((c) => c.section)).toEqual(['1) a)', 'b)']);
    expect(clauses[0]!.text).toBe('There will be no access for pupils in Lower School.');
  });

  it('when headings are markdown, ALL CAPS or short titles, then they form the heading path', () => {
    const { clauses } = parse(
      '# My Policy\n\n## 3. Contact with pupils\n\n3.1 Staff must not message pupils.\n\nMOBILE PHONES\n\nPhones must be kept away.\n\nCyber-bullying\n\nReport it to the DSL.\n',
    );
    expect(clauses.map((c) => c.headingPath.at(-1))).toEqual([
      '3. Contact with pupils',
      'MOBILE PHONES',
      'Cyber-bullying',
    ]);
  });

  it('when a short sentence introduces a list, then it is a lead-in and not a heading', () => {
    const { clauses } = parse('Policy\n\nOverview\n\nThere are three key areas\n- Staff use\n- Pupil use\n');
    expect(clauses[0]!.text).toBe('There are three key areas');
    expect(clauses[0]!.headingPath).toEqual(['Overview']);
  });

  it('when a PDF wraps a sentence across lines or a page break, then the lines are joined', () => {
    const { clauses } = parse(
      'Staff should review their sites when they join the school. In some\n\ncircumstances this\ncould damage the reputation of the school.\n',
    );
    expect(clauses.map((c) => c.text)).toEqual([
      'Staff should review their sites when they join the school.',
      'In some circumstances this could damage the reputation of the school.',
    ]);
  });

  it('when a page header falls inside a sentence with blank lines round it, then the sentence is whole again', () => {
    const page = (n: number) => `\nYsgol Bro – Staff Policy – Page ${n} of 3\n\n`;
    const { clauses } = parse(
      `1.1 Staff must be kind online.${page(1)}8.2 Passwords must be changed whenever a named member of staff\n${page(2)}leaves the school or stops running the account.\n8.3 Staff must not post photos.${page(3)}`,
    );
    expect(clauses.map((c) => c.text)).toContain(
      'Passwords must be changed whenever a named member of staff leaves the school or stops running the account.',
    );
  });

  it('when list items are marked "-" and a tab, then they are bullets under their lead-in', () => {
    const { clauses } = parse(
      '9.1\tStaff must not post material online that:\n-\tcriticises the school;\n-\tshares confidential information.\n',
    );
    const item = clauses.find((c) => c.text.startsWith('criticises'));
    expect(item?.context).toBe('Staff must not post material online that:');
    expect(item?.bullet).toBe(true);
  });

  it('when the same document is parsed twice, then the clause ids are the same and unique', () => {
    const text = 'A\n\nStaff must not do this.\nStaff must not do this.\n';
    const a = parse(text).clauses.map((c) => c.id);
    const b = parse(text).clauses.map((c) => c.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });
});

describe('segment: scenarios and their guidance (round 7)', () => {
  it('when "Scenario N:" precedes "Guidance:", then the scenario is the guidance\'s context, not a clause', () => {
    const { clauses } = parse(
      'Appendix C – Scenarios\nScenario 3: The Employee finds that a colleague has posted photos of pupils.\nGuidance: The Employee should report this to the Head the same day.\nScenario 4: The Employee is tagged in a photo.\nGuidance: The Employee may remain tagged.\n',
    );
    expect(clauses.map((c) => c.text)).toEqual([
      'Guidance: The Employee should report this to the Head the same day.',
      'Guidance: The Employee may remain tagged.',
    ]);
    expect(clauses[0]!.context).toBe('Scenario 3: The Employee finds that a colleague has posted photos of pupils.');
    expect(clauses[1]!.context).toBe('Scenario 4: The Employee is tagged in a photo.');
  });

  it('when a numbered line without a full stop has children numbered under it, then it is their heading, even if it starts with a verb', () => {
    const { clauses } = parse(
      '9.5\tUse of personal mobile phones on the academy site\n9.5.1\tStaff may use personal mobile phones during breaks in the staffroom.\n',
    );
    expect(clauses.map((c) => c.text)).toEqual([
      'Staff may use personal mobile phones during breaks in the staffroom.',
    ]);
    expect(clauses[0]!.headingPath.at(-1)).toMatch(/Use of personal mobile phones/);
  });

  it('when a handbook numbers its clauses "D4.10" and marks footnotes "[5]", then the number is the section and the marker goes', () => {
    const { clauses } = parse(
      'D4.44 Staff must not reply to online abuse.\nD4.45 If a pupil has shared a nude image, staff must follow the steps below:[5]\n(i) do not view, copy or forward the image;\nY7 pupils must hand in phones.\n',
    );
    expect(clauses.map((c) => [c.section, c.text])).toEqual([
      ['D4.44', 'Staff must not reply to online abuse.'],
      ['D4.45', 'If a pupil has shared a nude image, staff must follow the steps below:'],
      ['(i)', 'do not view, copy or forward the image;'],
      // "Y7" is no section number: the sentence stays in the section it follows.
      ['D4.45', 'Y7 pupils must hand in phones.'],
    ]);
    expect(clauses[2]!.context).toBe('If a pupil has shared a nude image, staff must follow the steps below:');
  });

  it('when a Yes/No table is exported as lines, then each row is a rule, not a heading, and a contact line is no heading', () => {
    const { clauses } = parse(
      'Who to talk to:\nSchool office email: office@example.sch.uk\n\nQuick guide:\nYes – like and share posts from the school Facebook page, if you want to\nNo – comment on posts about children\nNo – tag children in anything from school\n',
    );
    const rows = clauses.filter((c) => /^(Yes|No) –/.test(c.text));
    expect(rows.map((c) => c.text)).toEqual([
      'Yes – like and share posts from the school Facebook page, if you want to',
      'No – comment on posts about children',
      'No – tag children in anything from school',
    ]);
    expect(rows.every((c) => !c.headingPath.some((h) => /^(No|Yes) –|@/.test(h)))).toBe(true);
  });

  it('when a line says who holds a role or when the document was approved, then it heads nothing', () => {
    const { clauses } = parse(
      'Chair of Governors: Mrs Jenny Ellery\nApproved by the Full Governing Body: September 2025\n\nPlease do not have your phone out in classrooms.\n',
    );
    expect(clauses.at(-1)!.headingPath).toEqual([]);
  });

  it("when list items start with Word's Symbol or Wingdings bullets, then they are bullets under their lead-in", () => {
    const { clauses } = parse(
      'Staff group chats are permitted, provided that:\n\uf0b7\tno pupil is named or identifiable;\n\u27a2 no images of pupils are shared.\n',
    );
    expect(clauses.map((c) => c.text)).toEqual([
      'Staff group chats are permitted, provided that:',
      'no pupil is named or identifiable;',
      'no images of pupils are shared.',
    ]);
    expect(clauses[1]!.context).toBe('Staff group chats are permitted, provided that:');
    expect(clauses[2]!.bullet).toBe(true);
  });

  it('when a questions section labels lines "Q:" and "A:", then each question is its answer\'s context, not a clause', () => {
    const { clauses } = parse(
      'Questions staff often ask\nQ: A former pupil who left four years ago has sent me a friend request. Is that allowed?\nA: It is not against this code, but please think carefully.\nQ: Can I keep my phone in my pocket if it is switched off?\nA: No. Personal phones belong in your locker during sessions.\n',
    );
    expect(clauses.map((c) => c.text)).toEqual([
      'A: It is not against this code, but please think carefully.',
      'A: No. Personal phones belong in your locker during sessions.',
    ]);
    expect(clauses[0]!.context).toBe(
      'Q: A former pupil who left four years ago has sent me a friend request. Is that allowed?',
    );
    expect(clauses[1]!.context).toBe('Q: Can I keep my phone in my pocket if it is switched off?');
  });
});
