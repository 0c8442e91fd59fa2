import { TELLING_VERBS } from '../domain/lexicon.js';
import { type Concepts, detectConcepts } from '../domain/tagger.js';
import { fold } from '../domain/text.js';
import { youngestAgeOf } from '../domain/year-groups.js';

export type Intent = 'permission' | 'procedure' | 'consequence' | 'fact' | 'situation';

export interface ParsedQuestion {
  raw: string;
  /** The question folded, without the asker's opening self-introduction ("site manager here, …"). */
  folded: string;
  /** The whole question folded, introduction kept: "I'm a governor, does this apply to me?" needs it. */
  whole: string;
  intent: Intent;
  /** Who would act: the asker, or someone else the question names (parents, pupils, the school). */
  actor: 'self' | 'parents' | 'pupils' | 'school' | 'other';
  concepts: Concepts;
  /** The asker wants to refuse, withhold or report rather than do the thing. */
  negativeAction: boolean;
  /** The asker wants to leave something untold: "ignore it and not tell anyone", "keep quiet about it". */
  skipsReporting: boolean;
  /** The question says the act would use personal means (own phone, personal account, WhatsApp). */
  personalMeans: boolean;
  /** The question says the act would use the school's own means (the work phone, school email, Teams). */
  officialMeans: boolean;
  /** The question says the act happens in school time or on site, or outside it. */
  when: 'school_time' | 'break' | 'outside' | null;
  /** A request or message arrived from someone (a situation the report form covers). */
  incoming: boolean;
  /** Something hostile or harmful was posted or sent (abuse, bullying, photos of the asker). */
  harm: boolean;
  problem: 'empty' | 'too_long' | 'not_english' | null;
  /** The age the question gives the person it is about ("she's 13", "aged 17"), or null. */
  age: number | null;
}

const MAX_LENGTH = 1000;

const CONCEALING =
  /\bso (that )?(nobody|no one|no-one|none of them|they don'?t|the school doesn'?t|the head doesn'?t) (sees?|knows?|finds? out|can see|will see|notices?)\b|\b(hide|hiding|cover up|covering up) (it|them|this|that|the \w+)\b|\bcover (it|this|that) up\b/;
const DELAYS_REPORTING =
  /\bwait and see\b|\bsee if (it|they|things?) (stops?|settles?|calms? down|goes away|blows over)\b|\bgive it (a few days|a while|time|a week)\b|\bwait\b[^.?]{0,40}\b(to|before) (report|tell|inform|raise|mention|pass)\b|\b(report|tell|inform|raise|mention)\b[^.?]{0,30}\b(next week|later|tomorrow|on monday|after (the )?(weekend|holidays?|half ?term|break))\b|\b(leave|put off) (it |reporting |telling )?(until|till|to) (next|tomorrow|monday|after|later)\b/;
/** The question is about a safeguarding worry, not an everyday task. */
const WORRY =
  /\b(worr\w*|concern\w*|safeguarding|at risk|disclos\w*|told me (something|that|about)|abus\w*|bull(y|ied|ying)|groom\w*|nudes?|indecent|self[- ]harm|harm\w*|unsafe|scared|frightened)\b/;

/**
 * The question without a condition that follows what it asks: "can I take photos of pupils if I delete them
 * afterwards?" asks about taking photos; the deleting is the condition offered, not the act asked about.
 */
function withoutTrailingCondition(folded: string): string {
  const asked = /\b(can|could|may|should|shall|am i allowed to|is it (ok|okay|alright|fine)( for me)? to)\b/.exec(
    folded,
  );
  if (!asked) return folded;
  const from = asked.index + asked[0].length;
  const rest = folded.slice(from);
  const condition = /\b(if|as long as|so long as|provided( that)?|providing|once|after|afterwards|unless)\b/.exec(rest);
  return condition ? folded.slice(0, from + condition.index) : folded;
}

/**
 * The act asked about without what the asker would do next: "can I take pics on my own phone and delete them once
 * they're printed?" asks about taking them (deleting is the follow-up, no refusal of anything).
 */
/** The school's own means: "the work phone", "my school email", "a Teams chat", "ClassCharts". */
/** The asker's own phone, account or number ("my own", "my mobile", "my insta"); an app alone is not one. */
export const OWN_MEANS =
  /\b(my own|personal|private|my (phone|mobile|iphone|laptop|account|facebook|instagram|insta|snapchat|snap|tiktok|twitter|whatsapp|profile|page|number|email|blog))\b/;

/** An app that is nobody's official channel. */
export const PERSONAL_APP = /\b(whatsapp|snapchat|snap|instagram|insta|tiktok|facebook|fb|messenger)\b/;

const OFFICIAL_MEANS =
  /\b(work|school|academy|college|centre|center|trust|setting|nursery|office|department|dept|official|class) (phone|mobile|ipad|tablet|laptop|e-?mail|account|camera|device|chromebook)s?\b|\b(microsoft )?teams (chat|message|channel|call|meeting|group)\b|\b(on|through|via|using) (microsoft )?teams\b|\b(classcharts|class charts|class dojo|dojo|seesaw|google classroom|satchel|showbie|firefly|moodle|the vle|hwb|tapestry|arbor|parentmail|school gateway|weduc|edulink)\b/;

const REFUSAL =
  /\b(decline|refuse|reject|ignore|block|unfriend|unfollow|remove|delete|report|say no|turn (it|them) down|keep (it|them|my \w+) private)\b/g;
/** Words before a refusal that make it what the asker would rather not do: "it feels rude to ignore her". */
const RELUCTANT =
  /\b((rude|mean|unkind|awkward|harsh|wrong|cruel|weird|horrible|bad|cold) to|(don'?t|do not|wouldn'?t|would not|dont) (want|like|wish) to|(rather than|instead of|without having to))( just)? $/;

/**
 * Whether the question asks about refusing, blocking, deleting or reporting something ("should I just block him?"),
 * not merely mentioning it: a refusal the asker would rather avoid ("it feels rude to ignore her"), or one in another
 * sentence than the act asked about ("Can I just reply on Messenger? It feels rude to ignore her"), does not count.
 */
function asksToRefuse(text: string): boolean {
  const asked =
    /\b(can|could|may|should|shall|must|do i (have|need) to|am i allowed to|is it (ok|okay|alright|fine)( for me)? to|ok to|okay to)\b/.exec(
      text,
    );
  for (const m of text.matchAll(REFUSAL)) {
    if (RELUCTANT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // The act asked about is in a sentence of its own, and this refusal is not in it.
    if (asked) {
      const start = Math.max(text.lastIndexOf('?', asked.index), text.lastIndexOf('.', asked.index)) + 1;
      const endQ = text.slice(asked.index).search(/[?.!]/);
      const end = endQ < 0 ? text.length : asked.index + endQ;
      if (m.index < start || m.index > end) continue;
    }
    return true;
  }
  return false;
}

/** The act a question asks about, without its condition or follow-up ("… if I delete them after", "… and delete them"). */
export function askedPart(folded: string): string {
  return withoutFollowUp(withoutTrailingCondition(folded));
}

function withoutFollowUp(folded: string): string {
  // "ok if I take pics on my own phone and delete them after?": the act asked is the taking, not the deleting.
  const asked =
    /\b(can|could|may|should|shall|am i allowed to|(is it |it'?s |would it be |is that )?(ok|okay|alright|fine)( for me)? (to|if))\b/.exec(
      folded,
    );
  if (!asked) return folded;
  const from = asked.index + asked[0].length;
  const next = /\b(and|then|so)\b/.exec(folded.slice(from));
  return next ? folded.slice(0, from + next.index) : folded;
}

/**
 * Leaving something untold or unreported: "not tell anyone", "without reporting it", "keep quiet about it",
 * "keep it to myself", "say nothing", "just leave it". ("Do I have to tell anyone?" asks about the duty and is not this.)
 */
const SKIPS_REPORTING =
  /\b(instead of|rather than) (reporting|telling|informing|passing it on|referring)\b|\bwithout (involving|telling|reporting|informing|letting [a-z ]{1,20} know)\b|\b(deal with|handle|sort( out)?|investigate|look into) (it|this|that|the \w+)( out)? (myself|ourselves|on my own)\b|\b(myself|first) before (telling|reporting|informing|passing)\b|\b(not|never|without|n't) (tell|telling|report|reporting|mention|mentioning|inform|informing|say anything|saying anything|let(ting)? (anyone|anybody|someone|the \w+) know)\b|\bkeep(ing)? (it |this |that |them )?(quiet|secret|to (myself|ourselves)|between (us|ourselves))\b|\bkeep quiet\b|\b(say|saying) nothing\b|\b(just )?(leave|forget|sit on) (it|this|that|them)\b(?! (to|with) (the )?(dsl|head|headteacher|police))/;

/**
 * What a question says it leaves out: "no names or photos of kids", "staff only, no pupils", "without any pupils in
 * it". Not "no longer a pupil" (who they are now) nor "no consent" (which children), and only up to the clause's end.
 */
const RULED_OUT =
  /\b(?:no|without (?:any )?|nothing about|not mentioning|never mentioning|not naming|won'?t (?:name|mention|show|include))(?! longer\b| consent\b| permission\b| one\b| idea\b| problem\b| reply\b| response\b| answer\b)(?: [a-z']+){1,5}?(?=[.,;:!?)-]|$| and (?:it|its|it's|i|just|so)\b| but\b| just\b| so\b)/g;

/** A question's concepts, less those only in what it rules out ("no names or photos of kids", "no pupils"). */
export function questionConcepts(folded: string): ReturnType<typeof detectConcepts> {
  const concepts = detectConcepts(folded, true);
  const ruledOut = folded.match(RULED_OUT);
  if (!ruledOut) return concepts;
  const kept = detectConcepts(folded.replace(RULED_OUT, ' '), true);
  const out = detectConcepts(ruledOut.join(' '), true);
  for (const c of out.what) if (!kept.what.has(c)) concepts.what.delete(c);
  for (const c of out.who) if (!kept.who.has(c)) concepts.who.delete(c);
  return concepts;
}

const STOP = new Set(
  'a an the and or but if of to in on at for with from by about as is are was were be been being i me my mine we our you your he she it they them their this that these those do does did can could may might must should would will shall have has had not no yes so than then there here what who whom which when where why how am up out into over under again very just also too any some all each other such own same only off'.split(
    ' ',
  ),
);

const ENGLISH_HINT = new Set(
  "the and or i me my can could should is are am do does what who how when where why to of in on at for with it this that you your school staff pupil pupils parent parents friend request post photo photos pictures phone allowed ok okay accept message kids child year class teacher work use i'm".split(
    ' ',
  ),
);

export function parseQuestion(question: string): ParsedQuestion {
  const trimmed = question.trim();
  const clipped = trimmed.length > MAX_LENGTH ? trimmed.slice(0, MAX_LENGTH) : trimmed;
  const whole = fold(clipped);
  const folded = withoutSelfIntroduction(whole);
  const concepts = questionConcepts(folded);
  const words = folded.match(/[a-z']+/g) ?? [];
  let problem: ParsedQuestion['problem'] = null;
  if (!trimmed) problem = 'empty';
  else if (trimmed.length > MAX_LENGTH * 4) problem = 'too_long';
  else if (!looksEnglish(trimmed, words, concepts)) problem = 'not_english';
  const incoming =
    /\b(sent|send|sends|got|received|receive|getting|keeps?) (me )?(a |an )?(\w+ )?(friend |follow )?(request|requests|message|messages|dm|dms|follow)\b|\b(added|followed|messaged|requested|dm'?d|dmd|texted|friended|snapped) me\b|\b(request|follow|message|dm) from\b|\b(has|have|keeps?) (trying to )?(add|adding|follow|following|messag)/.test(
      folded,
    );
  // Something arriving is contact whatever words were used for it.
  if (incoming) {
    concepts.what.add('contact');
    if (/\b(request|requests|requested|add|added|adding|follow|followed|following|friend|friended)\b/.test(folded))
      concepts.what.add('friending');
    if (/\b(message|messages|messaged|dm|dms|dm'?d|text|texted|snapped|chat)\b/.test(folded))
      concepts.what.add('messaging');
  }
  return {
    raw: question,
    folded,
    whole,
    intent: intentOf(folded),
    actor: actorOf(folded),
    concepts,
    negativeAction: asksToRefuse(askedPart(folded)),
    skipsReporting:
      SKIPS_REPORTING.test(folded) ||
      // "… so nobody sees them": hiding it.
      CONCEALING.test(folded) ||
      // "a pupil told me something worrying, can I wait until next week to report it?": a concern is not put off.
      (DELAYS_REPORTING.test(folded) && WORRY.test(folded)),
    personalMeans: OWN_MEANS.test(folded) || PERSONAL_APP.test(folded) || /\b(text|dm)\b/.test(folded),
    officialMeans: OFFICIAL_MEANS.test(folded),
    // "Break duty" is work with children, not a break.
    when:
      /\b(lunch|break|breaks|breaktime|free period|ppa)\b(?! ?duty)/.test(folded) && !/\bon duty\b/.test(folded)
        ? 'break'
        : /\b(at work|in school|at school|on (break |lunch |playground )?duty|during (the )?(day|lessons?|class|school)|between lessons|in (the )?class(room)?|in lessons?|on site|while teaching|school (day|hours|time)|working hours|(when|while) (the |my )?(children|kids|pupils|students|class) are|(while|when) (i'?m |i am )?(supervising|teaching|invigilating|on duty|in class|in lessons?)|supervising|invigilat\w*|(doing|sitting|taking) (a |an |their )?(test|exam|sats|assessment))\b/.test(
              folded,
            )
          ? 'school_time'
          : /\b(at home|in the evening|evenings|weekends?|holidays?|outside (of )?(school|work)|in my own time)\b/.test(
                folded,
              )
            ? 'outside'
            : null,
    incoming,
    harm:
      concepts.what.has('bullying') ||
      /\b(horrible|nasty|abusive|hurtful|threatening|offensive|vile|awful|rude|mean) (things|stuff|posts?|comments?|messages?|videos?|memes?)\b/.test(
        folded,
      ) ||
      /\b(hurt|kill|beat|attack|get|batter|threaten\w*) (me|my family)\b|\bcome (and|to|round and) (hurt|get|find)\b|\b(slagging|slating|trolling|trolled|troll|bad-?mouthing|having a go at) (me|off me)\b|\b(slagging|slating) me\b|\b(posted|shared|put up|uploaded)\b[^.?]{0,40}\b(of me|about me|me\b)|\b(about me|of me) (online|on)\b|\bfake (account|profile)\b|\bimpersonat|\bpretending to be me\b|\b(nasty|abusive|horrible|threatening|rude) (post|comment|message)s?\b/.test(
        folded,
      ),
    problem,
    // A year group stands for an age only for a current pupil: a "Year 9 former pupil" may be any age now.
    age: ageOf(folded) ?? (concepts.who.has('former_pupil') ? null : youngestAgeOf(folded)),
  };
}

/**
 * "she's 13", "is 17", "aged 16", "15 years old", "age 14": the age the question states. A year group
 * ("Year 9") is not an age, and ages outside school and young-adult years are taken as some other number.
 */
export function ageOf(folded: string): number | null {
  const m =
    /\b(?:(?:is|are|who's|whos|he's|hes|she's|shes|they're|theyre|they are|he is|she is|turned|now|aged?)(?: now| only| just| still)? (\d{1,2})(?! ?(?:%|am|pm|min|minutes|hours|days|weeks|months|percent|people|pupils|students|times|of)\b))|\b(\d{1,2})[- ](?:years?|yrs?)[- ]old\b|\b(\d{1,2})(?:yo|y\/o)\b/.exec(
      folded,
    );
  const n = Number(m?.[1] ?? m?.[2] ?? m?.[3]);
  return Number.isInteger(n) && n >= 3 && n <= 25 ? n : null;
}

/**
 * The jobs staff name themselves by when they open a question ("site manager here, …", "im a governor …").
 * Domain data: the school workforce beyond teachers, whose titles otherwise read as what the question is about.
 */
const STAFF_JOB =
  '(teachers?|(teaching |classroom |learning support |support )?assistants?|tas?|hltas?|lsas?|supervisors?|governors?|trustees?|volunteers?|staff|members? of staff|managers?|caretakers?|cleaners?|receptionists?|administrators?|admin|secretar(y|ies)|officers?|sencos?|dsls?|headteachers?|heads?|deputy( heads?)?|dinner lad(y|ies)|technicians?|coach(es)?|tutors?|trainees?|students? teachers?|nurses?|librarians?|readers?|cooks?|chefs?|clerks?|bursars?|mentors?|practitioners?|workers?|leads?|leaders?|coordinators?|co-ordinators?|ects?|nqts?)';
/** Words that make a leading phrase about someone else ("my son's teacher", "a parent governor"). */
const NOT_SELF = /\b(my|his|her|their|our|your|a|an|the|this|that|pupils?|parents?|child|kid|son|daughter)\b/;
const QUESTION_START =
  '(?:can|could|may|might|should|must|am|is|are|do|does|did|what|who|how|where|when|will|would|i|my|a|an|someone|somebody)\\b';
const INTRO_ROLE = new RegExp(
  `^((?:[a-z'-]+ ){0,3}?)${STAFF_JOB}(?: here)?(?: \\([^)]{0,60}\\))?(?: ?[,:;.!-]+ ?| here )`,
);
const INTRO_SELF = new RegExp(
  `^(?:(?:hi|hello|hey)[,!]? )?(?:i'?m|im|i am|as) (?:a|an|the|one of the) (?:[a-z'-]+ ){0,3}?${STAFF_JOB}(?: here)?(?: \\([^)]{0,60}\\))?(?: ?[,:;.!-]+ ?| (?=${QUESTION_START}))`,
);

/**
 * The question without the asker saying who they are: the reader is staff whatever their job, and a job title
 * ("site manager", "office staff") shares words with the policy ("social networking sites", "Social Media
 * Manager") that would make an unrelated question look covered and steer retrieval.
 */
function withoutSelfIntroduction(folded: string): string {
  const self = INTRO_SELF.exec(folded);
  let rest = folded;
  if (self) rest = folded.slice(self[0].length);
  else {
    const role = INTRO_ROLE.exec(folded);
    if (role && !NOT_SELF.test(role[1] ?? '')) rest = folded.slice(role[0].length);
  }
  rest = rest.replace(/^[,:;.!\s-]+/, '');
  return rest.length >= 8 ? rest : folded;
}

function looksEnglish(text: string, words: string[], concepts: Concepts): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return false;
  const latin = letters.replace(/[^A-Za-z]/g, '').length;
  if (latin / letters.length < 0.7) return false;
  const hits = words.filter((w) => ENGLISH_HINT.has(w) || STOP.has(w)).length;
  // A keyword question ("snapchat pupils?") is fine; words with no English in them are not.
  if (hits === 0) return concepts.who.size + concepts.what.size + concepts.platforms.size > 0;
  return hits / words.length >= 0.2 || words.length < 4;
}

/** The opening of a question about whether to pass something on; the verb itself is TELLING_VERBS. */
const TELLING_ASKED =
  /^(should|must|shall|ought) i (also |first |still |always )?(?=\S)|^(do|would|will) i (have|need) to (?=\S)|^(is it|am i) (required|expected|obliged|supposed) to (?=\S)/;

const CONCERN =
  /^(i'?m|i am|i'?ve been|i feel) (a bit |really |very |quite )?(worried|concerned|uneasy|uncomfortable)\b|^i (think|suspect|have a feeling|reckon) (that )?(the|a|my|one|someone|our|another|somebody)\b/;
const PAST_MISHAP =
  /^i('ve| have)? (just )?(left|lost|mislaid|dropped|accidentally|mistakenly|posted|shared|sent|forwarded|uploaded|put)\b[^?]*\b(by mistake|by accident|accidentally|wrong|lost|left|stolen|data|train|bus)\b|^i('ve| have)? (just )?(lost|mislaid|accidentally)\b/;

function intentOf(q: string): Intent {
  if (
    /\b(what happens (if|when) (i|you|staff|someone|a member of staff) (break|breach|ignore|don't|do not|go against)|get (me )?(sacked|fired|dismissed|disciplined|in trouble)|lose my job|could i be (sacked|fired|dismissed|disciplined)|be disciplined|consequences? (of|for|if))\b/.test(
      q,
    )
  )
    return 'consequence';
  if (/\bwhat (happens|will happen|would happen|can (the school|we|i) do)\b|\bcan the school do\b/.test(q))
    return 'procedure';
  // "… shes an adult now so thats fine isnt it": asking to be told it is allowed.
  if (
    /\b(that'?s|thats|it'?s|its|that is|it is) (fine|ok|okay|alright|allowed)( then| now)?,? (isn'?t|isnt|innit|right|yeah|yes)( it)?\b/.test(
      q,
    )
  )
    return 'permission';
  // "Will the school actually help me with this?": what the school does, not what the asker may do.
  if (
    /\b(will|would|does|do|can) (the school|school|the academy|the college|the trust|they|anyone|someone|management|slt) (actually |really |even )?(help|support|back|protect|stand by|do (something|anything))\b/.test(
      q,
    )
  )
    return 'procedure';
  // "Can I just set it up or who do I ask?": whether it is allowed comes first; who to ask is part of that answer.
  if (
    /\b(can|could|may) (i|we)\b[^?]*?\bor (who|whom) (do|should|would|can) (i|we) (ask|check with|speak to|go to)\b/.test(
      q,
    )
  )
    return 'permission';
  if (
    /\b(what (should|do|must|shall|can|would) (i|we|you|staff)( \w+)? do|what do i do|what (am|are|is) (i|we|you|staff) (meant|supposed|expected|required|obliged) to do|who('s| is| are)? (supposed|meant|expected) to (deal|handle|sort|look|investigate|act|respond|take)|who (deals|handles|sorts|looks into|investigates)|what now|what happens (if|when|now)|who (do|should|can|must|shall|would) (i|we|you|staff)|who (am|are) (i|we) (supposed|meant|expected|required) to|who (approves|decides|gives|grants|signs off|authori[sz]es|is responsible|deals|handles|can help)|who('s| is) (the )?(right )?(person|contact)|how (do|should|can|must|would) (i|we|you|staff)|(^|[.?!,] |\b(know|tell me|explain|unsure|not sure|advice on|guidance on|wondering) )how to\b|what (are|is) the (rules?|procedure|process|policy|steps?)|what (steps|action)|where (do|should|can) i (report|go|raise|send|log))\b/.test(
      q,
    )
  )
    return 'procedure';
  // "A year 8 sent me a request. What do I need to do?" asks what to do; "We want to start an Instagram page. What do
  // we need to do?" asks how to get leave to do it, which is a permission question.
  if (
    /\bwhat (do|would|will) (i|we) (need|have|got) to do\b/.test(q) &&
    !/\b(want|wanting|would like|'d like|planning|plan|thinking of|hoping|keen) to\b/.test(q)
  )
    return 'procedure';
  if (
    /\b(get (me )?(sacked|fired|dismissed|disciplined|in trouble)|lose my job|what happens if|consequences?|could i be (sacked|fired|dismissed|disciplined)|be disciplined)\b/.test(
      q,
    ) ||
    // "Can I talk about a disciplinary online?" asks for permission; a bare "disciplinary?" asks what follows.
    (/\bdisciplinary\b/.test(q) && !/^(can|could|may|am i|is it|should) /.test(q))
  )
    return 'consequence';
  if (/^(what|who|whom|how|which|where)\b/.test(q)) return 'procedure';
  // "Do I have to tell anyone if a pupil follows me?" asks who to tell, not whether something is allowed.
  if (
    /^(do|would|will) i (have|need) to (tell|inform|report (it|this|that) to|let) (anyone|anybody|someone|somebody)\b/.test(
      q,
    )
  )
    return 'procedure';
  // "Should I tell EMG if a colleague posts…", "Do I need to inform the head…", "Should I report it?": the
  // asker wants the reporting route, so the answer is the procedure, not a yes/no about telling.
  if (TELLING_ASKED.test(q) && TELLING_VERBS.exec(q.replace(TELLING_ASKED, ''))?.index === 0) return 'procedure';
  // A worry or something that has already happened ("I'm worried a colleague…", "I left my laptop on the
  // train") asks what to do next, whatever words follow.
  if (CONCERN.test(q) || PAST_MISHAP.test(q)) return 'procedure';
  if (
    /^(can|could|may|am|should|must|do i need|do i have to|is it|is that|would it|would that|are we|are staff|are teachers|can't|cant|shall|will i be|i want to|i'd like to|i would like to|want to|ok to|okay to|allowed to)\b/.test(
      q,
    ) ||
    /\b(am i allowed|allowed to|is it (ok|okay|alright|fine|acceptable|allowed|a problem)|can (i|we)|could (i|we)|may (i|we)|should (i|we)|are we allowed|is that (ok|okay|a problem|allowed|alright)|is this (ok|okay|allowed)|do i need permission|ok if i|okay if i|mind if i|(ok|okay|alright) (for me )?to (text|post|use|send|message|share|call|ring|take|add|accept|follow|join|keep|have|put|bring|wear|tell|reply|contact|email|film|go))\b/.test(
      q,
    )
  ) {
    if (
      /^(can|could|may|should|is it ok for|are) (the )?(parents?|pupils?|students?|learners?|children|kids|the school|school|a (class|year) ?\d*)\b/.test(
        q,
      )
    )
      return 'permission';
    if (/^(is|are|does|do|will|would) (my|the|our|school)\b/.test(q) && !/\b(can i|allowed|ok|okay)\b/.test(q))
      return 'fact';
    return 'permission';
  }
  if (/^(is|are|does|do|will|would|has|have)\b/.test(q) && /\?\s*$/.test(q)) return 'fact';
  if (/\?$/.test(q) && /\b(i|me|my)\b/.test(q)) return 'permission';
  return 'situation';
}

function actorOf(q: string): ParsedQuestion['actor'] {
  if (/^(can|could|may|should|are|do|is it ok for) (the |other |a |our )?(parents?|carers?|mums?|dads?)\b/.test(q))
    return 'parents';
  if (
    /^(can|could|may|should|are|do|is it ok for) (the |a |our |my )?((class|year) ?\d+ |sixth[- ]form )?(pupils?|students?|learners?|children|kids|sixth formers?|class|year)\b/.test(
      q,
    )
  )
    return 'pupils';
  if (/^(can|could|may|should|will|does|do) (the |my )?school\b/.test(q)) return 'school';
  return 'self';
}

/** Content words of a question, for the search index. */
export function contentWords(folded: string): string[] {
  return (folded.match(/[a-z0-9][a-z0-9'-]*/g) ?? [])
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => !STOP.has(w) && w.length > 1);
}
