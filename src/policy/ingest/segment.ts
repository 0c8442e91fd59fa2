import { createHash } from 'node:crypto';
import type { Clause } from '../types.js';
import { TABLE_RULE } from './normalise.js';
import { splitSentences } from './sentences.js';
import { betterTitle } from './title.js';

/** A clause before tagging: where it sits and its own words (the Clause's positional fields, documented there). */
export type RawClause = Pick<Clause, 'id' | 'index' | 'section' | 'headingPath' | 'text' | 'context' | 'bullet'> & {
  /** The lead-in above `context` when the lead-in is itself a bullet (nested lists). */
  outerContext: string | null;
};

export interface Segmented {
  title: string;
  clauses: RawClause[];
}

interface Heading {
  level: number;
  text: string;
  number: string | null;
}

const BULLET = /^\s*([-–·•*▪●◦o§>])\s+/;
const ENUM_LABEL = /^\s*((?:\d+\)|\(?[a-z]\)|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)|[a-z]\.)\s*)+/;
// "4.2.1", and a handbook's lettered form "D4.10" (letters then at least one dotted part, so "Y7 pupils" is no number).
const SECTION_NUMBER = /^\s*([A-Z]{1,2}\d{1,2}(?:\.\d{1,3}){1,3}|\d{1,2}(?:\.\d{1,2}){0,3})(\.?)(?=\s)\s*/;
const DIVISION = /^(section|part|appendix|annex|schedule)\s+(\d{1,2}|[A-Z])\b\s*(?:[–—:.-]\s*\S|$)/i;
const MD_HEADING = /^\s*(#{1,6})\s+(.*)$/;

/**
 * Cuts clean lines into ordered sentence-level clauses with their section numbers, heading paths and the
 * lead-in sentence of the list they belong to.
 */
export function segment(lines: string[]): Segmented {
  const paragraphs = joinWrappedLines(lines);
  const headings: Heading[] = [];
  const clauses: RawClause[] = [];
  let title = '';
  let leadIn: string | null = null;
  let outerLeadIn: string | null = null;
  let leadInDepth = -1;
  let inList = false;
  /** Items have followed the current lead-in (so a plain line now ends its list). */
  let inListItems = false;
  let currentNumber: string | null = null;
  let sawNumberedHeading = false;
  // The question of a Q&A section ("Can I accept a friend request from a parent?"): the answer below it
  // means nothing without it, so it is the answer's context until the next question or heading.
  let qa: string | null = null;
  // A table's header row ("| What | Yes | No | Ask first |"): the rows under it answer in its columns.
  let tableHeader: string | null = null;

  for (let p = 0; p < paragraphs.length; p++) {
    const raw = paragraphs[p]!;
    const indent = /^\s*/.exec(raw)![0].length;
    let line = raw.trim();
    if (!line) {
      continue;
    }
    const next = nextNonEmpty(paragraphs, p);
    if (TABLE_ROW.test(line)) {
      if (TABLE_RULE.test(line)) continue;
      if (TABLE_RULE.test(next)) {
        tableHeader = line.replace(/\s+/g, ' ');
        continue;
      }
    } else tableHeader = null;
    const md = MD_HEADING.exec(line);
    if (md) {
      const text = md[2]!.trim();
      const num = SECTION_NUMBER.exec(text);
      pushHeading(headings, { level: md[1]!.length, text, number: num ? num[1]! : null });
      if (!title && md[1]!.length === 1 && clauses.length === 0) {
        title = text;
        headings.pop();
      }
      currentNumber = num ? num[1]! : null;
      leadIn = null;
      outerLeadIn = null;
      inList = false;
      qa = null;
      continue;
    }

    // "Section 4 – Personal use", "Part 2: Staff", "Appendix B – Flowchart": a titled division of the document.
    const division = DIVISION.exec(line);
    if (division && !/[.;,]$/.test(line) && line.split(/\s+/).length <= 14) {
      const id = division[2]!;
      const numbered = /^\d+$/.test(id) && !/^(appendix|annex|schedule)$/i.test(division[1]!);
      pushHeading(headings, { level: 1, text: line, number: numbered ? id : null });
      sawNumberedHeading ||= numbered;
      currentNumber = numbered ? id : null;
      leadIn = null;
      outerLeadIn = null;
      inList = false;
      qa = null;
      continue;
    }

    // Bullets and enumerations.
    let bullet = false;
    let label: string | null = null;
    const b = BULLET.exec(line);
    if (b) {
      bullet = true;
      line = line.slice(b[0].length).trim();
    }
    const en = ENUM_LABEL.exec(line);
    if (en?.[0].trim()) {
      label = en[0].trim();
      line = line.slice(en[0].length).trim();
      bullet = true;
    }
    let sectionNo: string | null = null;
    const sn = SECTION_NUMBER.exec(line);
    if (sn && !label) {
      const rest = line.slice(sn[0].length);
      if (/^[A-Za-z("'‘“]/.test(rest)) {
        sectionNo = sn[1]!;
        line = rest.trim();
      }
    }
    if (!line) continue;

    // Headings: numbered titles, ALL CAPS lines, short title-like lines without a full stop.
    if (!bullet || (sectionNo && !label)) {
      const kind = headingKind(line, sectionNo, next);
      if (kind) {
        const dotted = sectionNo ? sectionNo.split('.').length : 0;
        if (sectionNo) sawNumberedHeading = true;
        let level: number;
        if (sectionNo) level = dotted;
        else if (kind === 'caps' && !sawNumberedHeading) level = 1;
        else level = (headings.filter((h) => h.number).at(-1)?.level ?? 0) + 1;
        if (!title && clauses.length === 0 && headings.length === 0 && !sectionNo) {
          title = line;
        } else {
          if (clauses.length === 0 && !sectionNo) title = betterTitle(title, line);
          pushHeading(headings, { level, text: sectionNo ? `${sectionNo}. ${line}` : line, number: sectionNo });
        }
        if (sectionNo) currentNumber = sectionNo;
        leadIn = null;
        outerLeadIn = null;
        inList = false;
        qa = null;
        continue;
      }
    }

    // Numbered lines right after a lead-in are list items, not sections.
    if (sectionNo && (inList || leadIn) && /^\d+$/.test(sectionNo)) {
      bullet = true;
      label = `${sectionNo}.`;
      sectionNo = null;
    }
    if (sectionNo) currentNumber = sectionNo;

    // "Amber – ask first:" / "Ask the Office Manager (Mrs Dale), who holds the consent list." / "• use your own phone …":
    // one sentence between a lead-in and its list belongs to the lead-in.
    const between =
      !bullet &&
      leadIn !== null &&
      !inListItems &&
      BULLET.test(next) &&
      splitSentences(line).length === 1 &&
      !line.endsWith(':');
    if (between && leadIn !== null) {
      leadIn = `${leadIn} ${line.replace(/\s+/g, ' ')}`;
      continue;
    }
    if (!bullet) {
      leadIn = null;
      outerLeadIn = null;
      inList = false;
      inListItems = false;
    } else if (leadIn && indent < leadInDepth) {
      leadIn = outerLeadIn;
      outerLeadIn = null;
    }

    // "Scenario 3: A colleague posts photos …" above "Guidance: …": the scenario is the guidance's situation,
    // as a Q&A question is its answer's; it is context, never a clause of its own.
    // The story's people and events would match questions the rule below it does not answer; its title stays as the
    // scenario's context.
    if (!bullet && STORY_LABEL.test(line)) continue;
    if (!bullet && isScenarioLine(line)) {
      qa = line.replace(/\s+/g, ' ');
      leadIn = null;
      outerLeadIn = null;
      inList = false;
      continue;
    }
    if (!bullet && (isQaQuestion(line) || isChartQuestion(line, next))) {
      qa = line.replace(/\s+/g, ' ');
      leadIn = null;
      outerLeadIn = null;
      inList = false;
      continue;
    }
    const sentences = mergeAnswerWords(splitSentences(line));
    const headingPath = headings.map((h) => h.text);
    const section = sectionNo ?? (label ? joinLabel(currentNumber, label) : currentNumber);
    for (const sentence of sentences) {
      const text = sentence.replace(/\s+/g, ' ').trim();
      if (!isClauseText(text)) continue;
      const index = clauses.length;
      clauses.push({
        id: `c${index + 1}-${hash(text)}`,
        index,
        section,
        headingPath,
        text,
        context: tableHeader && text.startsWith('|') ? tableHeader : bullet ? (leadIn ?? qa) : qa,
        outerContext: bullet ? outerLeadIn : null,
        bullet,
      });
    }
    if (bullet) inListItems = true;
    const last = sentences.at(-1)?.trim() ?? '';
    if (last.endsWith(':')) {
      inListItems = false;
      outerLeadIn = bullet ? (outerLeadIn ?? leadIn) : null;
      leadIn = last.replace(/\s+/g, ' ');
      // "Instead you must:" says nothing alone; the sentence before it is part of the lead-in.
      const before = sentences.at(-2);
      if (before && leadIn.split(' ').length <= 5) leadIn = `${before.trim().replace(/\s+/g, ' ')} ${leadIn}`;
      leadInDepth = bullet ? indent : 0;
      inList = true;
    } else if (bullet) {
      inList = true;
    }
  }
  return { title, clauses };
}

/** "Scenario 2:", "Case study 1 –", "Example:": a situation set out for the guidance that follows it. */
export const SCENARIO_LABEL = /^(scenario|case study|case|example|situation)\s*(\d{1,2}[a-z]?|[A-Z])?\s*[:.–—-]\s+\S/i;

/** "What happened: Priya, a Year 4 teacher, receives …": a worked scenario's story, neither a rule nor its context. */
const STORY_LABEL = /^(what happened|the story|what (he|she|they) did)\s*[:–—-]\s+\S/i;

export function isScenarioLine(line: string): boolean {
  return SCENARIO_LABEL.test(line.trim());
}

/** A one-sentence question a staff member might ask, standing alone as a paragraph. */
function isQaQuestion(line: string): boolean {
  // "Q: A former pupil who left four years ago has sent me a request. Is that allowed?": labelled, any length.
  if (QA_QUESTION_LABEL.test(line)) return true;
  return (
    line.endsWith('?') &&
    splitSentences(line).length === 1 &&
    /^(can|could|may|should|must|do|does|is|are|am|what|who|how|when|where|will|would|my|i|if)\b/i.test(line)
  );
}

/**
 * A decision chart's box ("BOX 7: CURRENT PUPIL. Is the pupil your own child or grandchild?") above its branches
 * ("→ Yes: You may …", "→ No: You must not …"): each branch means nothing without the question it answers.
 */
function isChartQuestion(line: string, next: string): boolean {
  return line.endsWith('?') && CHART_BRANCH.test(next);
}
const CHART_BRANCH = /^\s*(?:[→➔➜➞>•*–-]+\s*)?(?:yes|no)\b\s*[:.,–-]/i;

/** "Q:", "Q1.", "Question:" at the start of a line of a policy's questions-and-answers section. */
const QA_QUESTION_LABEL = /^(q\d{0,2}|question( \d{1,2})?)\s*[:.)–-]\s+\S/i;

/** "No." or "Yes." (or "A: No.") alone says nothing to cite; it belongs with the sentence after it. */
function mergeAnswerWords(sentences: string[]): string[] {
  if (sentences.length >= 2 && /^((a\d{0,2}|answer)\s*[:.)–-]\s*)?(yes|no)[.!]$/i.test(sentences[0]!.trim()))
    return [`${sentences[0]!.trim()} ${sentences[1]!.trim()}`, ...sentences.slice(2)];
  return sentences;
}

function joinLabel(_parent: string | null, label: string): string {
  return label;
}

function pushHeading(stack: Heading[], h: Heading): void {
  while (stack.length && stack.at(-1)!.level >= h.level) stack.pop();
  stack.push(h);
}

function nextNonEmpty(paragraphs: string[], p: number): string {
  for (let i = p + 1; i < paragraphs.length; i++) {
    const t = paragraphs[i]!.trim();
    if (t) return t;
  }
  return '';
}

const VERBISH =
  /\b(is|are|was|were|be|been|will|would|must|should|can|could|may|might|shall|has|have|had|do|does|did|include|includes|apply|applies|need|needs|make|take|ensure|use|uses)\b/i;

/** A markdown table's row (its header rule arrives from normalise.ts as "|---|"). */
const TABLE_ROW = /^\|.*\|/;

/** A row of a Yes/No (or Do/Don't) table exported as text: "No – comment on posts about children". */
const YES_NO_ROW = /^\s*(yes|no|do|don'?t|never|always)\s*[–—-]\s+\S/i;

/** A verb of a rule, which a heading does not have: "Staff must not:", "Employees are expected to:". */
const LEAD_IN_VERB =
  /\b(must|should|shall|may|will|can|cannot|can't|are|is|do|does|never|agree|undertake|expected|required|permitted|allowed)\b/i;

function headingKind(line: string, sectionNo: string | null, next: string): 'numbered' | 'caps' | 'title' | null {
  if (YES_NO_ROW.test(line)) return null;
  // "School office email: office@…", "Tel: 01234 567890", a web address: contact details, not a heading.
  if (/\S@\S|https?:\/\/|\bwww\.|\b(tel|telephone|phone|ext|extension)\b\.?\s*:?\s*\d/i.test(line)) return null;
  // "Chair of Governors: Mrs Jenny Ellery": who holds a role, not a heading.
  if (/^[^:]{2,60}:\s*(mrs|mr|ms|miss|mx|dr)\.? [A-Z]/i.test(line)) return null;
  // "Approved by the Full Governing Body: September 2025", "Review date: 2026": document details.
  if (
    /^[^:]{2,60}:\s*\S.*\b(\d{4}|january|february|march|april|june|july|august|september|october|november|december)\b/i.test(
      line,
    )
  )
    return null;
  const words = line.split(/\s+/).length;
  const endsLikeSentence = /[.;,]$/.test(line) || /[.!?]["'’”)]?$/.test(line);
  if (line.endsWith(':') && words > 6) return null;
  const letters = line.replace(/[^A-Za-z]/g, '');
  const caps = letters.length >= 4 && letters === letters.toUpperCase();
  if (sectionNo) {
    // "10.3 Staff must not:" introduces the list below it; "9.5 Use of personal phones:" is a heading.
    if (line.endsWith(':') && !caps && LEAD_IN_VERB.test(line)) return null;
    if (caps && words <= 16) return 'numbered';
    // "9.5 Use of personal mobile phones on the academy site" above "9.5.1 …": a line the next one numbers under
    // is its heading, whatever verb it starts with.
    const child = SECTION_NUMBER.exec(next)?.[1];
    if (!endsLikeSentence && words <= 14 && child?.startsWith(`${sectionNo}.`)) return 'numbered';
    if (!endsLikeSentence && words <= 10 && !VERBISH.test(line)) return 'numbered';
    if (!endsLikeSentence && words <= 6) return 'numbered';
    return null;
  }
  if (caps && words <= 16 && !endsLikeSentence) return 'caps';
  if (endsLikeSentence || words > 10) return null;
  if (line.endsWith(':') || line.endsWith('?')) return null;
  if (!/^[A-Z0-9"'‘“(]/.test(line)) return null;
  // A short sentence-like line introducing a list ("There are five key areas") is a lead-in, not a heading.
  if (VERBISH.test(line) && BULLET.test(next)) return null;
  if (words > 7 && VERBISH.test(line)) return null;
  return 'title';
}

function isClauseText(text: string): boolean {
  if (text.length < 3) return false;
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w));
  return words.length >= 2;
}

/** A line ending on an article, preposition or conjunction stops mid-sentence, whatever the next line starts with. */
const DANGLING = /\b(the|a|an|to|of|and|or|by|with|for|from|in|on|at|under|our|their|your|any|all|this|that)$/;

/**
 * Word and PDF exports wrap one paragraph across lines; a line that does not end a sentence followed by
 * one that starts in lower case is the same paragraph.
 */
function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let prev = out.at(-1);
    const t = line.trim();
    // A page break can leave blank lines inside a sentence ("In some" / "" / "circumstances this"), one or, where
    // the page header between them was dropped, a few.
    if (prev !== undefined && !prev.trim() && /^[a-z]/.test(t)) {
      let blanks = 0;
      while (blanks < out.length && blanks < 4 && !out[out.length - 1 - blanks]!.trim()) blanks++;
      const before = out[out.length - 1 - blanks];
      if (before?.trim() && blanks <= 3 && !/[.!?:;]["'’”)]?$/.test(before.trim())) {
        out.length -= blanks;
        prev = before;
      }
    }
    // A PDF's justified text breaks words at line ends ("pers-" / "onal"): the halves are one word.
    if (prev?.trim() && /[a-z]-$/i.test(prev.trim()) && !/\s-$/.test(prev.trim()) && /^[a-z]/.test(t)) {
      out[out.length - 1] = `${prev.replace(/-\s*$/, '')}${t}`;
      continue;
    }
    if (
      prev?.trim() &&
      t &&
      !/[.!?:;]["'’”)]?$/.test(prev.trim()) &&
      (/^[a-z(]/.test(t) || (DANGLING.test(prev.trim()) && /^[A-Z][a-z]/.test(t))) &&
      !BULLET.test(line) &&
      !ENUM_LABEL.test(t) &&
      !YES_NO_ROW.test(t)
    ) {
      out[out.length - 1] = `${prev.replace(/\s+$/, '')} ${t}`;
    } else {
      out.push(line);
    }
  }
  return out;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}
