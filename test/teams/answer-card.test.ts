import { describe, expect, it } from 'vitest';
import { type Answer, VERDICTS, type Verdict } from '../../src/policy/answer.js';
import { answerMessage, renderAnswerCard, verdictLine } from '../../src/teams/answer-card.js';
import type { QuestionService } from '../../src/teams/question-service.js';
import { checkAdaptiveCard15 } from '../cards/adaptive-card-1-5.js';
import { cardTexts } from '../fakes/fake-connector.js';
import { STAFF } from '../fakes/teams-client.js';
import { type Bot, botsPerTest, examplePolicy } from '../support/bot.js';
import { executeActions, sentCard } from '../support/cards.js';

const CITATION = {
  section: '3.1',
  heading: '3. Contact with pupils',
  text: 'Staff must not accept or send friend requests between their personal accounts and any pupil of the school.',
  clauseId: 'c7',
};

function answerFor(verdict: Verdict, extra: Partial<Answer> = {}): Answer {
  return {
    question: 'q',
    verdict,
    answer: `The answer for ${verdict}.`,
    citations: verdict === 'not_covered' ? [] : [CITATION],
    contact: 'the Headteacher',
    actions: [],
    ...extra,
  };
}

/** Answers each question with the verdict named in it ("verdict:depends"), so one bot can show all six. */
class VerdictByQuestion implements QuestionService {
  readonly source = { title: 'Example Social Media Policy' };
  answer(question: string): Answer {
    const verdict = (VERDICTS.find((v) => question.includes(`verdict:${v}`)) ?? 'not_covered') as Verdict;
    return { ...answerFor(verdict), question };
  }
}

const EXPECTED_LINE: Record<Verdict, { label: string; color: string }> = {
  allowed: { label: 'Yes — you can', color: 'Good' },
  not_allowed: { label: 'No — don’t', color: 'Attention' },
  needs_permission: { label: 'Only with permission', color: 'Warning' },
  depends: { label: 'It depends', color: 'Warning' },
  guidance: { label: 'Here’s what to do', color: 'Accent' },
  not_covered: { label: 'The policy doesn’t cover this', color: 'Default' },
};

describe('the answer card', () => {
  it.each(VERDICTS)('when the verdict is %s, then the card opens with its own calm, coloured line', (verdict) => {
    const card = renderAnswerCard({ ...answerFor(verdict), question: 'can I?' }, { answerId: 'a-1', feedback: 'ask' });
    const first = (card.body as Record<string, unknown>[])[0]!;
    expect(first).toMatchObject({ type: 'TextBlock', text: EXPECTED_LINE[verdict].label });
    expect(first.color).toBe(EXPECTED_LINE[verdict].color);
    expect(checkAdaptiveCard15(card)).toEqual([]);
  });

  it('when a no is about a request someone sent, then the line says to decline it', () => {
    const answer = answerFor('not_allowed', {
      actions: [{ form: 'friend_request', label: 'Report a friend request', prefill: {} }],
    });
    expect(verdictLine(answer).label).toBe('No — decline it');
  });

  it('when the policy does not cover it, then no clause is quoted and no "Who to ask" line contradicts the answer', () => {
    const card = renderAnswerCard(answerFor('not_covered'), { answerId: 'a-1', feedback: 'ask' });
    const texts = cardTexts(card);
    expect(texts).not.toContain(`“${CITATION.text}”`);
    expect(texts).toContain('The answer for not_covered.');
    expect(texts).not.toContain('Who to ask: ');
    expect(texts).not.toContain('the Headteacher');
  });

  it('when the answer offers both forms, then each has a start button carrying its prefill and the answer id', () => {
    const card = renderAnswerCard(
      answerFor('guidance', {
        actions: [
          { form: 'abusive_post', label: 'Report an abusive post', prefill: { platform: 'facebook' } },
          { form: 'friend_request', label: 'Report a friend request', prefill: {} },
        ],
      }),
      { answerId: 'a-9', feedback: 'ask' },
    );
    expect(executeActions(card).filter((a) => a.verb.startsWith('report.'))).toEqual([
      {
        title: 'Report an abusive post',
        verb: 'report.post.start',
        data: { prefill: { platform: 'facebook' }, answerId: 'a-9' },
      },
      { title: 'Report a friend request', verb: 'report.friend.start', data: { prefill: {}, answerId: 'a-9' } },
    ]);
  });

  it('when feedback was given, then the Yes/No row is replaced by thanks', () => {
    const asked = renderAnswerCard(answerFor('allowed'), { answerId: 'a-1', feedback: 'ask' });
    const thanked = renderAnswerCard(answerFor('allowed'), { answerId: 'a-1', feedback: 'thanks' });
    expect(executeActions(asked).map((a) => a.title)).toEqual(['Yes', 'No']);
    expect(executeActions(thanked)).toEqual([]);
    expect(cardTexts(thanked).join(' ')).toMatch(/^.*Thanks\. Your feedback goes to whoever looks after the policy\./);
  });
});

describe('answers through POST /api/messages', () => {
  const { start } = botsPerTest({ questions: examplePolicy });

  async function ask(b: Bot, text: string, n: number) {
    await b.client.send(b.client.personalMessage(text));
    const sent = await b.connector.waitForActivitiesTo(b.client.personalConversationId(STAFF), n);
    return sent[n - 1]!;
  }

  it('when each verdict is answered, then each card shows its line, the question, the answer, the clause with its section and who to ask', async () => {
    const b = await start({ questions: new VerdictByQuestion() });
    let n = 0;
    for (const verdict of VERDICTS) {
      const sent = await ask(b, `is this ok? verdict:${verdict}`, ++n);
      const texts = cardTexts(sentCard(sent));
      expect(texts[0]).toBe(EXPECTED_LINE[verdict].label);
      expect(texts).toContain(`is this ok? verdict:${verdict}`);
      expect(texts).toContain(`The answer for ${verdict}.`);
      if (verdict === 'not_covered') {
        expect(texts.join(' ')).not.toContain('Section 3.1');
        expect(texts).not.toContain('Who to ask: ');
      } else {
        expect(texts).toContain('the Headteacher');
        expect(texts).toContain('Section 3.1 · 3. Contact with pupils');
        expect(texts).toContain(`“${CITATION.text}”`);
      }
    }
  });

  it('when clauses are quoted, then the reply builds Teams citations numbered to match, not marked as AI-generated', () => {
    const answer = answerFor('not_allowed', { citations: [CITATION, { ...CITATION, section: '3.3', clauseId: 'c9' }] });
    const message = answerMessage(answer, { answerId: 'a-1', feedback: 'ask', policyTitle: 'Example Policy' });
    const entity = (message.entities as Record<string, unknown>[])[0]!;
    expect(entity).toMatchObject({ type: 'https://schema.org/Message', '@type': 'Message' });
    expect(entity.additionalType).toBeUndefined();
    const claims = entity.citation as { position: number; appearance: { name: string; abstract: string } }[];
    expect(claims.map((c) => [c.position, c.appearance.name])).toEqual([
      [1, 'Section 3.1 · 3. Contact with pupils'],
      [2, 'Section 3.3 · 3. Contact with pupils'],
    ]);
    for (const c of claims) expect(c.appearance.abstract.length).toBeLessThanOrEqual(160);
    // No text beside the card: a "[1] [2]" line would show as a bubble of its own above it.
    expect(message.text).toBeUndefined();
    // The card quotes the same clauses in full, with the same numbers.
    expect(cardTexts((message.attachments as { content: unknown }[])[0]!.content)).toContain('[2] ');
  });

  it('when clauses are quoted, then one message reaches Teams: the card, carrying a schema.org Message entity and no text', async () => {
    const b = await start();
    await b.client.send(b.client.personalMessage('a Year 9 sent me a Snapchat request'));
    const sent = await ask(b, 'what about my lunch break on tiktok', 2);
    const all = await b.connector.waitForActivitiesTo(b.client.personalConversationId(STAFF), 2);
    // One activity per answer, each the card itself: no separate bubble before it.
    expect(all.map((a) => (a.activity.attachments as unknown[] | undefined)?.length)).toEqual([1, 1]);
    expect(sent.activity.text ?? '').toBe('');
    const entities = sent.activity.entities as Record<string, unknown>[];
    // What reached the connector, after botframework-connector's serialiser: the claims must survive it.
    const message = entities.find((e) => e.type === 'https://schema.org/Message')!;
    expect(message).toMatchObject({ '@type': 'Message', '@context': 'https://schema.org' });
    const claims = message.citation as { position: number; appearance: { name: string } }[];
    expect(claims.map((c) => c.position)).toEqual([1, 2, 3].slice(0, claims.length));
    expect(claims[0]!.appearance.name).toMatch(/^Section /);
  });

  it('when the policy does not cover a question, then no citation entity is sent', async () => {
    const b = await start({ questions: new VerdictByQuestion() });
    const sent = await ask(b, 'what about verdict:not_covered', 1);
    expect(sent.activity.entities ?? []).toEqual([]);
    expect(sent.activity.text).toBeUndefined();
  });

  it('when the question holds markdown, a link and an <at> mention, then none of it becomes a link, a format or a mention', async () => {
    const b = await start({ questions: new VerdictByQuestion() });
    const typed =
      '**URGENT** [click here](https://evil.example/login) see www.evil.example <at>Sam Lead</at> # heading verdict:depends';
    const sent = await ask(b, typed, 1);
    const card = sentCard(sent);
    const json = JSON.stringify(card);
    // No TextBlock carries the typed text (TextBlocks take markdown); it only sits in TextRuns.
    const blocks: string[] = [];
    const runs: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'TextBlock') blocks.push(String(n.text));
      if (n.type === 'TextRun') runs.push(String(n.text));
      for (const v of Object.values(n)) walk(v);
    };
    walk(card);
    expect(blocks.join(' ')).not.toContain('URGENT');
    const shown = runs.find((r) => r.includes('URGENT'))!;
    expect(shown).toContain('**URGENT**');
    // Addresses are broken so clients do not auto-link them.
    expect(shown).not.toMatch(/https:\/\/evil/);
    expect(shown).not.toMatch(/www\.evil/);
    expect(json).not.toMatch(/"type":"mention"/);
    expect(json).not.toContain('"msteams"');
    expect(shown).not.toContain('<at>');
    const entities = (sent.activity.entities ?? []) as { type: string }[];
    expect(entities.some((e) => e.type === 'mention')).toBe(false);
  });
});
