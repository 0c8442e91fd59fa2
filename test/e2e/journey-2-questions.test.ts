import { describe, expect, it } from 'vitest';
import { normalise, policyText, SKIP_REASON, useSession } from './helpers/journey.js';
import { PEOPLE } from './helpers/playground.js';
import { publishScreenshot } from './helpers/session.js';

/**
 * Journey 2: three questions with different verdicts, one off topic. Each answer card shows the verdict line; the
 * two the policy answers quote the clause with its section (verbatim from the example policy) and say who to ask,
 * and the off-topic one says what Boundary answers instead.
 */
const QUESTIONS = [
  {
    name: 'pupil-request',
    question: 'A Year 9 sent me a Snapchat request',
    verdict: /^No\b/,
    section: /^(\[\d+\]\s*)?(Section\s+)?3\.\d\b/,
    quoted: /must not accept or send friend requests/i,
    contact: /Designated Safeguarding Lead/i,
  },
  {
    name: 'lunch-break',
    question: 'Can I use TikTok in my lunch break?',
    verdict: /^Yes\b/,
    section: /^(\[\d+\]\s*)?(Section\s+)?6\.\d\b/,
    quoted: /during breaks/i,
    contact: /Who to ask:\s*\S/,
  },
  {
    name: 'not-covered',
    question: 'What time is lunch?',
    verdict: /^The policy (doesn.t|does not) (cover|say)/,
    section: null,
    quoted: null,
    // Off topic: the card says what Boundary answers instead of naming someone to ask.
    contact: null,
  },
] as const;

describe.skipIf(SKIP_REASON !== null)('journey 2: three questions, three verdicts', () => {
  const session = useSession({ name: 'journey-2-questions', user: PEOPLE.teacher });
  const policy = SKIP_REASON ? '' : policyText();

  for (const q of QUESTIONS) {
    it(`when they ask "${q.question}", then the card's verdict line matches ${q.verdict}, quotes the clause and says who to ask or what it answers`, async () => {
      const { pg } = session();
      await pg.openPersonalChat();
      await pg.sendMessage(q.question);
      // The card that answers this question (it shows the question back), not the one before it.
      const card = await pg.waitForCard(`You asked: ${q.question}`);
      const lines = await pg.lines(card);
      expect(lines[0]).toMatch(q.verdict);
      const who = lines.find((l) => l.startsWith('Who to ask'));
      if (q.contact) expect(who).toMatch(q.contact);
      else {
        expect(who).toBeUndefined();
        expect(lines.join(' ')).toMatch(/only answer questions about your school.s social media policy/);
        expect(lines.join(' ')).not.toMatch(/Headteacher/);
      }
      if (q.section && q.quoted) {
        const sectionLine = lines.findIndex((l) => q.section.test(l));
        expect(sectionLine, `no section line in:\n${lines.join('\n')}`).toBeGreaterThan(0);
        // The card may wrap the clause in typographic quotes; the clause itself must be the policy's words.
        const quote = (lines[sectionLine + 1] ?? '').replace(/^[“"]|[”"]$/g, '');
        expect(quote).toMatch(q.quoted);
        // Verbatim: the quoted clause is the policy's own words.
        expect(policy).toContain(normalise(quote));
      } else {
        // Not covered: nothing is quoted rather than a loosely related clause.
        expect(lines.some((l) => /\bSection \d|^\d+(\.\d+)+\s/.test(l))).toBe(false);
      }
      const shot = await pg.screenshot(q.name, card);
      if (q.name === 'pupil-request') publishScreenshot(shot, 'journey-2-answer-no');
      if (q.name === 'not-covered') publishScreenshot(shot, 'journey-2-answer-not-covered');
    });
  }
});
