import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ACData from 'adaptivecards-templating';

/**
 * Card templating for every part of the bot (reports, alerts, teams): no Teams or Bot Framework code here, so the
 * domain folders can render their own cards. Adaptive Card templates live in cards/<name>.json with sample data in cards/<name>.data.json.
 * They are bound with adaptivecards-templating. Text a user typed must only ever reach a card through
 * `userText()` (or as the `text` of a TextRun inside a RichTextBlock, which Teams does not parse as
 * markdown), so nothing typed can become a link, a heading or a mention.
 */
export const CARDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cards');

// An unbound ${field} renders as empty rather than as the literal expression.
ACData.GlobalSettings.getUndefinedFieldValueSubstitutionString = () => '';

const templates = new Map<string, ACData.Template>();

export function loadTemplateJson(name: string): object {
  return JSON.parse(readFileSync(join(CARDS_DIR, `${name}.json`), 'utf8')) as object;
}

export function loadSampleData(name: string): object {
  return JSON.parse(readFileSync(join(CARDS_DIR, `${name}.data.json`), 'utf8')) as object;
}

/** Binds cards/<name>.json to data and returns the Adaptive Card JSON. */
export function renderCard(name: string, data: object): Record<string, unknown> {
  let template = templates.get(name);
  if (!template) {
    template = new ACData.Template(loadTemplateJson(name));
    templates.set(name, template);
  }
  return template.expand({ $root: data }) as Record<string, unknown>;
}

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|>~<&]/g;

/**
 * Makes typed text safe to place in a TextBlock: every markdown-significant character is escaped,
 * angle brackets cannot form <at> mentions, and "://" is broken so clients do not auto-link it.
 */
export function userText(text: string): string {
  return text
    .replace(MARKDOWN_SPECIALS, (c) => `\\${c}`)
    .replace(/:\/\//g, ':\u200B//')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200B.`);
}
