import { describe, expect, it } from 'vitest';
import { ageOf, parseQuestion } from '../../../src/policy/answering/question.js';

describe('parseQuestion', () => {
  it.each([
    ['Can I accept a friend request from a pupil?', 'permission'],
    ['am i allowed to post pics of my class', 'permission'],
    ['Is it ok to follow a parent on Insta?', 'permission'],
    ['Do I need permission to start a class blog?', 'permission'],
    ['Who do I tell if a pupil adds me?', 'procedure'],
    ['What should I do about an abusive post?', 'procedure'],
    ['How should I contact parents?', 'procedure'],
    ["I'm worried a colleague is messaging a year 10 on snapchat", 'procedure'],
    ['i think the head is messaging students', 'procedure'],
    ['I left my laptop with student data on the train', 'procedure'],
    ['I posted something about a pupil by mistake', 'procedure'],
    ['i left my last school, can i keep in touch with the kids there on insta?', 'permission'],
    ['I saw something worrying online. Who do I tell?', 'procedure'],
    ['Could a bad tweet get me sacked?', 'consequence'],
    ['What happens if I break this policy?', 'consequence'],
    ['Is my school internet use private?', 'fact'],
    ['a Year 9 sent me a Snapchat request', 'situation'],
    ['the parents all film the nativity and she is in foster care, what am I meant to do?', 'procedure'],
    ['a colleague keeps posting about the restructure. who am i supposed to raise that with, if anyone?', 'procedure'],
    [
      'a Year 7 asked for my Snapchat so I can send him screenshots showing how to fix his login. Any problem with that?',
      'permission',
    ],
    ['not sure how to report a fake account pretending to be me', 'procedure'],
    ['A year 8 sent me a friend request. I have not accepted it. What do I need to do', 'procedure'],
    ['We want to start an Instagram page for fixtures. What do we need to do to get it going?', 'situation'],
    ['want to start an instagram page for the u15s, can i just set it up or who do i ask', 'permission'],
    ['someone is posting horrible things about me. will the school actually help me or am i on my own?', 'procedure'],
    ['on outreach - ok to text mum from the work phone to say im waiting outside?', 'permission'],
    ['A colleague told me the head posts about families on TikTok. Who is supposed to deal with this?', 'procedure'],
  ])('when asked "%s", then the intent is %s', (q, intent) => {
    expect(parseQuestion(q).intent).toBe(intent);
  });

  it.each([
    'Should I tell EMG if a colleague posts something inappropriate?',
    'Do I need to tell my line manager about a pupil following me?',
    'should i report a parent who keeps messaging me',
    'Am I expected to inform the DSL when a former pupil adds me?',
    'Should I let the head know about a nasty comment?',
  ])('when asked "%s" (whether to pass it on), then the intent is procedure', (q) => {
    expect(parseQuestion(q).intent).toBe('procedure');
  });

  it('when a "should I" question asks about another act, then it stays a permission question', () => {
    expect(parseQuestion('Should I post about the trip and tell parents?').intent).toBe('permission');
    expect(parseQuestion('Should I accept a friend request from a parent?').intent).toBe('permission');
  });

  it('when the asker asks whether they have to tell anyone, then the question asks for the procedure', () => {
    expect(parseQuestion('Do I have to tell anyone if a pupil follows me on TikTok?').intent).toBe('procedure');
    expect(parseQuestion('Do I have to accept the request?').intent).toBe('permission');
  });

  it.each([
    ['can I just ignore it and not tell anyone?', true],
    ['can I keep quiet about a worrying post?', true],
    ['can I keep it to myself?', true],
    ['do I have to tell anyone if a pupil follows me?', false],
    ['can I ignore a friend request from a pupil?', false],
    ['should I leave it with the DSL?', false],
    ['can I ask the pupil to delete the post instead of reporting it?', true],
    ['can I deal with it myself without involving the DSL?', true],
    ['can I delete the messages so nobody sees them?', true],
    ['a pupil told me something worrying, can I wait until next week to report it?', true],
    ['can I wait until next week to post the trip photos?', false],
    ['a pupil is being bullied online, can I wait and see if it stops?', true],
  ])('when the question is "%s", then leaving it untold is %s', (question, expected) => {
    expect(parseQuestion(question).skipsReporting).toBe(expected);
  });

  it('when deleting is only the condition offered, then the question does not ask to refuse or remove', () => {
    expect(parseQuestion('can I take photos of pupils if I delete them afterwards?').negativeAction).toBe(false);
    expect(parseQuestion('can I delete the photos of pupils on my phone?').negativeAction).toBe(true);
    // Deleting is the follow-up, not the act asked about; ignoring is the act even with a follow-up.
    expect(
      parseQuestion("can i take pics of the year 7s on my own phone and delete them once they're printed")
        .negativeAction,
    ).toBe(false);
    expect(parseQuestion('should i just ignore it and not tell anyone?').negativeAction).toBe(true);
  });

  it('when a refusal is only what the asker would rather not do, or sits in another sentence, then the question does not ask to refuse', () => {
    expect(parseQuestion('Can I just reply on Messenger? It feels rude to ignore her.').negativeAction).toBe(false);
    expect(parseQuestion("can i accept it? i don't want to block him").negativeAction).toBe(false);
    expect(parseQuestion('A pupil added me. Should I block him?').negativeAction).toBe(true);
  });

  it("when a question names the school's own means (work phone, Teams chat, ClassCharts), then it is official means", () => {
    expect(parseQuestion('ok to text mum from the work phone?').officialMeans).toBe(true);
    expect(parseQuestion('can I set up a Teams chat for my revision group?').officialMeans).toBe(true);
    expect(parseQuestion('can I message a parent on ClassCharts?').officialMeans).toBe(true);
    expect(parseQuestion('can I text a parent from my own phone?').officialMeans).toBe(false);
  });

  it('when a question ends "so thats fine isnt it", then it asks permission; "y13s" are pupils', () => {
    const q = parseQuestion('one of my y13s has just turned 18 and asked to follow me on insta. thats fine isnt it');
    expect(q.intent).toBe('permission');
    expect(q.concepts.who.has('pupil')).toBe(true);
  });

  it('when a year group is named and no age, then the age is the youngest a child in that year can be', () => {
    expect(parseQuestion('can I add a year 11 pupil on facebook after they leave?').age).toBe(15);
    expect(parseQuestion('she is 17, can I add her?').age).toBe(17);
    expect(parseQuestion('can I add a colleague?').age).toBeNull();
  });

  it('when a request arrived from a pupil, then it is an incoming situation', () => {
    const q = parseQuestion('a kid in my class sent me a follow request on TikTok');
    expect(q).toMatchObject({ incoming: true, harm: false });
    expect([...q.concepts.platforms]).toEqual(['tiktok']);
  });

  it('when someone posted abuse about the asker, then the question is about harm', () => {
    expect(parseQuestion('a parent keeps posting nasty comments about me on FB').harm).toBe(true);
    expect(parseQuestion('someone made a fake account pretending to be me').harm).toBe(true);
  });

  it('when the question asks about parents or pupils doing something, then the actor is them', () => {
    expect(parseQuestion('Can parents post photos of other children?').actor).toBe('parents');
    expect(parseQuestion('Can Year 10 pupils use social media in lessons?').actor).toBe('pupils');
    expect(parseQuestion('Can I post photos?').actor).toBe('self');
  });

  it('when the asker wants to decline or block, then the action is negative', () => {
    expect(parseQuestion('Can I decline a friend request from a parent?').negativeAction).toBe(true);
    expect(parseQuestion('Can I accept a friend request from a parent?').negativeAction).toBe(false);
  });

  it('when the question says when, then the time is read', () => {
    expect(parseQuestion('can i go on facebook at lunch').when).toBe('break');
    expect(parseQuestion('can i check twitter between lessons').when).toBe('school_time');
    expect(parseQuestion('can i post at the weekend').when).toBe('outside');
  });

  it('when the question is empty, not English or very long, then the problem is named', () => {
    expect(parseQuestion('   ').problem).toBe('empty');
    expect(parseQuestion('¿Puedo aceptar a un alumno en Facebook?').problem).toBe('not_english');
    expect(parseQuestion('Можно ли добавить ученика в друзья?').problem).toBe('not_english');
    expect(parseQuestion('asdkjh qwpoeiru zxmcnv').problem).toBe('not_english');
    expect(parseQuestion('Can I post a photo? '.repeat(500)).problem).toBe('too_long');
    expect(parseQuestion('Can I post a photo?').problem).toBeNull();
  });
});

describe('parseQuestion: who and harm (round 4)', () => {
  it("when the head teacher's conduct is the worry, then the question is about a colleague", () => {
    expect(parseQuestion('i think the head is messaging students, who do i tell').concepts.who.has('colleague')).toBe(
      true,
    );
  });

  it('when someone threatens to hurt the asker, then it is harm', () => {
    expect(parseQuestion("a parent said they'd come and hurt me in a facebook message").harm).toBe(true);
    expect(parseQuestion('can I hurt my chances by posting this').harm).toBe(false);
  });
});

describe('parseQuestion: working time (round 7)', () => {
  it('when the asker is supervising, teaching or the class is sitting a test, then it is school time; lunch is a break', () => {
    expect(parseQuestion('Can I check Facebook while the kids are doing a test?').when).toBe('school_time');
    expect(parseQuestion('can i go on insta while supervising the hall').when).toBe('school_time');
    expect(parseQuestion('can i go on insta at lunch').when).toBe('break');
  });
});

describe('parseQuestion: the asker introducing themselves (round 13)', () => {
  it('when a question opens with the asker’s job, then the job is read apart from what is asked', () => {
    expect(parseQuestion('site manager here, can i let the scouts use the hall on saturdays').folded).toBe(
      'can i let the scouts use the hall on saturdays',
    );
    expect(parseQuestion('office staff - a parent asked for my personal email').folded).toBe(
      'a parent asked for my personal email',
    );
    expect(parseQuestion('im a governor can i share the newsletter').folded).toBe('can i share the newsletter');
    expect(parseQuestion("I'm a volunteer reader, can I add the teacher on facebook?").folded).toBe(
      'can i add the teacher on facebook?',
    );
    // A note in brackets after the job is part of the introduction.
    expect(parseQuestion('hi im the girls football coach (external, not a teacher). can i start a page').folded).toBe(
      'can i start a page',
    );
  });

  it('when the job is not the asker’s or no question follows it, then the question is kept whole', () => {
    expect(parseQuestion("my son's teacher, can I message her?").folded).toBe("my son's teacher, can i message her?");
    expect(parseQuestion('im a TA and want to set up a class blog').folded).toBe(
      'im a ta and want to set up a class blog',
    );
    expect(parseQuestion('the head, what does she say?').folded).toBe('the head, what does she say?');
  });

  it('when the job title alone would look like a topic, then it no longer does', () => {
    const q = parseQuestion('site manager - can i take the school minibus home at the weekend');
    expect(q.concepts.online).toBe(false);
    expect([...q.concepts.who]).toEqual([]);
    expect(q.whole).toBe('site manager - can i take the school minibus home at the weekend');
  });
});

describe('ageOf', () => {
  it('when the question states an age, then it is read; a year group or other number is not', () => {
    expect(ageOf("she's 13 now")).toBe(13);
    expect(ageOf('a former student who is 17 messaged me')).toBe(17);
    expect(ageOf('a boy aged 16')).toBe(16);
    expect(ageOf('an 18 year old ex-pupil')).toBe(18);
    expect(ageOf('a year 9 pupil')).toBeNull();
    expect(ageOf('is 20 minutes enough')).toBeNull();
  });
});
