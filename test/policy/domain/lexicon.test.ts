import { describe, expect, it } from 'vitest';
import { PARAPHRASES } from '../../../src/policy/domain/lexicon.js';

/** The policy words the paraphrase table adds for a piece of staff wording (lower-cased, as questions are folded). */
function policyWordsFor(staffWording: string): string[] {
  return PARAPHRASES.filter((p) => p.pattern.test(staffWording)).flatMap((p) => p.expand);
}

describe('staff wording vs policy wording (PARAPHRASES)', () => {
  it.each([
    ['can i say that trust is run by crooks', 'defamatory'],
    ['can i accuse him of lying', 'defamatory'],
    ['is swearing ok on my own page', 'obscenities'],
    ['a meme about old people', 'age'],
    ['what if i break the rules', 'breach'],
    ['staff who broke this policy', 'breach'],
    ['there was a fight at break', 'incidents'],
    ['do i need to credit the photographer', 'acknowledgement'],
    ['a dad keeps having a go at me', 'arguing'],
    ['will i get in trouble', 'disciplinary'],
    ['on the year 4 trip', 'visits'],
    ['should i check who can see my posts', 'privacy'],
    ['a boy who left year 11 wants to follow me', 'former'],
    ['one of our leavers messaged me', 'former'],
    ['a lad who left last summer', 'under'],
    ["she's 14 now", 'under'],
    ['he is aged 16', '18'],
    ['in the reception class', 'early'],
    ['the nursery room', 'foundation'],
    ["my neighbour's daughter just started here", 'joined'],
    ['her kids joined in september', 'before'],
    ["can we print the children's full names", 'first'],
    ['do i use their surnames in the newsletter', 'christian'],
    ['can i put my job in my bio', 'identify'],
    ['should i say on my facebook what i do', 'employees'],
    ['is it ok to post that i work at a primary', 'themselves'],
    ['what happens next once i have flagged it', 'measures'],
    ['after i reported the message', 'action'],
    ['a little girl in foster care in my key group', 'looked'],
    ['she wants to send me £40 on paypal', 'money'],
    ['can i keep my phone on me', 'carried'],
    ['swapping my late shift with someone', 'rota'],
    ["the parents' whatsapp has been having a go at a teacher", 'criticise'],
    ["i'm the ucac rep, can i share strike info", 'union'],
    ["can i like the school's post", 'like'],
    ['the parents in my class have clubbed together for a gift card', 'collection'],
    ['a lovely film night with the boarders', 'boarding'],
    ["we're walking the preschoolers to the library on thursday", 'outing'],
    ['a year 8 mum asked if i would tutor her son', 'tuition'],
    ['a couple of yr 10s worked out my gamertag and keep inviting me to their party', 'lobbies'],
    ['they asked me to hop on their minecraft server', 'servers'],
    ['can i just download it onto my school ipad', 'install'],
    ['am i meant to be keeping an eye on what they post', 'monitor'],
    ['after the estyn visit i want to post about it', 'inspections'],
  ])('when staff write "%s", then the policy word "%s" is searched for', (wording, policyWord) => {
    expect(policyWordsFor(wording)).toContain(policyWord);
  });

  it.each([
    ['can i take a break', 'breach'],
    ['can i bring my dog to school', 'visits'],
    ['a parent gave me a gift card', 'acknowledgement'],
    ['i left my phone in the staff room', 'former'],
    ['a pupil in year 10', 'under'],
    ['sign in at reception desk', 'early'],
    ["he's 35 and a parent", 'under'],
    ['i started the lesson late', 'joined'],
    ['can i use first names in a display', 'surnames'],
    ['the name of the app', 'christian'],
    ['i work part time on fridays', 'employees'],
    ['my bio is out of date', 'employees'],
    ['i told a colleague about the trip', 'measures'],
    ['what happened in the lesson', 'action'],
    ['am i allowed to film him like the other parents do', 'share'],
    ['can i do it like everyone else', 'repost'],
  ])('when staff write "%s", then "%s" is not read into it', (wording, policyWord) => {
    expect(policyWordsFor(wording)).not.toContain(policyWord);
  });
});
