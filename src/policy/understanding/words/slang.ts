/**
 * How staff write on a phone, folded into the field's own words before anything is matched: contractions typed
 * without the apostrophe, text-speak and the short names of platforms and roles. General English of the field,
 * never one policy's sentence.
 */

/** Contractions typed without an apostrophe, restored so the NLP library sees the negation and the subject. */
const RESPELL: Record<string, string> = {
  im: "I'm",
  ive: "I've",
  id: "I'd",
  ill: "I'll",
  hes: "he's",
  shes: "she's",
  theyre: "they're",
  youre: "you're",
  thats: "that's",
  whats: "what's",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  havent: "haven't",
  hasnt: "hasn't",
  mustnt: "mustn't",
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  b4: 'before',
  tho: 'though',
  coz: 'because',
  cos: 'because',
  bc: 'because',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'have to',
  hafta: 'have to',
  till: 'until',
  til: 'until',
  '&': 'and',
};

const RESPELL_RE = new RegExp(
  `(?<![\\w'’])(${Object.keys(RESPELL)
    .map((k) => k.replace(/[&]/g, '\\$&'))
    .join('|')})(?![\\w'’])`,
  'gi',
);

/** Straight quotes, restored contractions, "yr9" split, "ex-pupil" joined as words the tokenizer keeps. */
export function respell(text: string): string {
  return text
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\b(y|yr|yrs|year)(\d{1,2})(s?)\b/gi, '$1 $2$3')
    .replace(/\b(ex|former|old)-(pupil|student|learner)/gi, '$1 $2')
    .replace(RESPELL_RE, (w) => RESPELL[w.toLowerCase()] ?? w);
}

/**
 * Words folded to the field's canonical word. Applied to the lemma (so plurals and tenses are already folded),
 * then to the written word.
 */
const CANON: Record<string, string> = {
  // platforms (the platform list names them; these are how people type them)
  insta: 'instagram',
  ig: 'instagram',
  gram: 'instagram',
  fb: 'facebook',
  'face-book': 'facebook',
  messenger: 'messenger',
  sc: 'snapchat',
  tiktoks: 'tiktok',
  'tik-tok': 'tiktok',
  wa: 'whatsapp',
  whatsapps: 'whatsapp',
  whatsapped: 'whatsapp',
  whatsapping: 'whatsapp',
  yt: 'youtube',
  xbox: 'xbox',
  ps5: 'playstation',
  ps4: 'playstation',
  psn: 'playstation',
  // school words
  yr: 'year',
  yrs: 'year',
  y: 'year',
  student: 'pupil',
  learner: 'pupil',
  boarder: 'pupil',
  tutee: 'pupil',
  mentee: 'pupil',
  schoolchild: 'pupil',
  kid: 'child',
  kiddo: 'child',
  youngster: 'child',
  mum: 'parent',
  mom: 'parent',
  mam: 'parent',
  dad: 'parent',
  carer: 'parent',
  guardian: 'parent',
  stepmum: 'parent',
  stepdad: 'parent',
  headteacher: 'head',
  headmaster: 'head',
  headmistress: 'head',
  principal: 'head',
  slt: 'head',
  dsl: 'dsl',
  ddsl: 'dsl',
  'safeguarding lead': 'dsl',
  // acts
  dm: 'message',
  dms: 'message',
  dmed: 'message',
  dmd: 'message',
  pm: 'message',
  msg: 'message',
  msgs: 'message',
  text: 'text',
  texted: 'text',
  email: 'email',
  'e-mail': 'email',
  emailed: 'email',
  mate: 'friend',
  pal: 'friend',
  bestie: 'friend',
  friending: 'friend',
  friended: 'friend',
  unfriend: 'unfriend',
  pic: 'photo',
  pics: 'photo',
  piccy: 'photo',
  picture: 'photo',
  photograph: 'photo',
  selfie: 'photo',
  snapshot: 'photo',
  image: 'photo',
  vid: 'video',
  footage: 'video',
  clip: 'video',
  livestream: 'livestream',
  'live-stream': 'livestream',
  screengrab: 'screenshot',
  'screen-shot': 'screenshot',
  nudes: 'nude',
  semi: 'semi',
  'semi-nude': 'nude',
  sext: 'nude',
  sexting: 'nude',
  okay: 'ok',
  req: 'request',
  reqs: 'request',
  'o.k.': 'ok',
  k: 'ok',
  alright: 'ok',
  'all-right': 'ok',
  fine: 'ok',
  chatgpt: 'ai',
  'chat-gpt': 'ai',
  gpt: 'ai',
  copilot: 'ai',
  gemini: 'ai',
  claude: 'ai',
};

export function canonOf(written: string, lemma: string): string {
  return (
    CANON[lemma] ??
    CANON[written] ??
    (written.length > 4 && written.endsWith('s') ? CANON[written.slice(0, -1)] : undefined) ??
    lemma
  );
}
