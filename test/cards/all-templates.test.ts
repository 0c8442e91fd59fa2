import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARDS_DIR, loadSampleData, renderCard } from '../../src/cards/templates.js';
import { checkAdaptiveCard15 } from './adaptive-card-1-5.js';

const TEMPLATES = readdirSync(CARDS_DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.data.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

// Teams refuses a message whose card is over about 28 KB.
const TEAMS_CARD_LIMIT = 28 * 1024;

describe('the structural checker', () => {
  it('when a card uses a type or property 1.5 does not have, then it reports each one', () => {
    const problems = checkAdaptiveCard15({
      type: 'AdaptiveCard',
      version: '1.6',
      body: [
        { type: 'Input.File', id: 'x' },
        { type: 'TextBlock', text: 'a', colour: 'red', color: 'pink' },
      ],
      actions: [{ type: 'Action.Execute', verb: 'v', associatedInputs: 'some' }],
    });
    expect(problems).toEqual([
      '$: version must be "1.5", got "1.6"',
      '$.body[0]: "Input.File" is not an Adaptive Card 1.5 type',
      '$.body[1].colour: not a property of TextBlock in 1.5',
      '$.body[1].color: "pink" is not one of default, dark, light, accent, good, warning, attention',
      '$.actions[0].associatedInputs: "some" is not one of auto, none',
    ]);
  });
});

describe.each(TEMPLATES)('card template %s', (name) => {
  it('when rendered with its sample data, then it is a valid Adaptive Card 1.5 with nothing left unbound', () => {
    const card = renderCard(name, loadSampleData(name));
    expect(checkAdaptiveCard15(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toMatch(/\$\{/);
  });

  it('when rendered with its sample data, then it fits in a Teams message', () => {
    expect(JSON.stringify(renderCard(name, loadSampleData(name))).length).toBeLessThan(TEAMS_CARD_LIMIT);
  });
});
