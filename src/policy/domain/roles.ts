/** Roles a policy may name, with the display name the bot uses. Order matters: more specific first. */
export const ROLES: { name: string; pattern: RegExp }[] = [
  { name: 'the Deputy Headteacher', pattern: /\b(deputy head ?teacher|deputy head|assistant head ?teacher)\b/ },
  {
    name: 'the Headteacher',
    pattern: /\b(head ?teacher|head of school|head teacher|executive head(teacher)?|the head(?! of))\b/,
  },
  { name: 'the Principal', pattern: /\b(principal|vice principal)\b/ },
  { name: 'the Chief Executive Officer', pattern: /\b(chief executive( officer)?|ceo)\b/ },
  { name: 'the Head of School', pattern: /\bhead of school\b/ },
  {
    name: 'the Designated Safeguarding Lead (DSL)',
    pattern:
      /\b(dsl|dsls|designated safeguarding (lead|leads|officer|officers|person|lead officer)|lead designated safeguarding officer|safeguarding lead|child protection (officer|lead|co-?ordinator)|designated senior (person|lead))\b/,
  },
  { name: 'the LADO', pattern: /\b(lado|local authority designated officer)\b/ },
  { name: 'your line manager', pattern: /\b(line managers?|your manager|head of department|team leader)\b/ },
  { name: 'the School Business Manager', pattern: /\b(school business manager|business manager|bursar)\b/ },
  {
    name: 'the Social Media Manager',
    pattern:
      /\b(social media (manager|lead|co-?ordinator|officer)|communications (lead|manager|officer|team)|head of (communications|marketing)|marketing (lead|manager|team))\b/,
  },
  {
    name: 'the senior leadership team',
    pattern:
      /\b(senior leadership team|senior leadership|senior management team|senior management|slt|smt|leadership team|senior leaders?|member of the leadership team)\b/,
  },
  { name: 'school management', pattern: /\b(school management|the management)\b/ },
  { name: 'the EMG', pattern: /\bemg\b/ },
  { name: 'the Data Protection Officer', pattern: /\b(data protection officer|dpo)\b/ },
  {
    name: 'the IT team',
    pattern:
      /\b(it (support|team|department|manager|technician)|network manager|ict (support|team|manager|co-?ordinator)|online safety co-?ordinator)\b/,
  },
  { name: 'the governing body', pattern: /\b(governing body|chair of governors|board of trustees|trustees)\b/ },
  { name: 'the police', pattern: /\b(police|999|ceop)\b/ },
  { name: 'HR', pattern: /\b(human resources|hr (department|team|adviser|advisor)|personnel)\b/ },
  { name: 'the Professionals Online Safety Helpline', pattern: /\b(posh|professionals online safety helpline)\b/ },
];

/**
 * Verbs of passing a matter on to someone. "Should I tell the DSL if…", "Do I need to inform my line
 * manager…", "Should I report it?" ask for the reporting procedure, not whether telling is allowed.
 */
export const TELLING_VERBS =
  /\b(tell|inform|notify|report|alert|let (\w+ ){1,3}know|raise (it|this|that)|refer (it|this|that)|flag (it|this|that)( up)?|pass (it|this|that) on|mention (it|this|that))\b/;
