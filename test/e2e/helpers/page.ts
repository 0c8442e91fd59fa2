import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** How long a reply from the bot may take to appear in the page before a step fails. */
export const REPLY_TIMEOUT_MS = 20_000;

/**
 * Page object for the Microsoft 365 Agents Playground (0.2.x) web page. Selectors were learned by driving the
 * page (see test/e2e/PLAYGROUND.md): conversations are `treeitem`s in the left rail, the compose box is a
 * Lexical contenteditable `textbox`, Adaptive Cards render with the Fluent UI renderer under `.ac-adaptiveCard`,
 * and card inputs are labelled (aria-labelledby), so inputs are found by their label as a person would.
 */
export class PlaygroundPage {
  private shots = 0;

  constructor(
    readonly page: Page,
    readonly url: string,
    private readonly shotDir: string,
  ) {
    mkdirSync(shotDir, { recursive: true });
  }

  async open(): Promise<void> {
    await this.page.goto(this.url);
    await this.page.getByRole('treeitem', { name: 'Personal Chat' }).waitFor({ timeout: 30_000 });
    // The log panel takes a third of the width; staff never see it, so the screenshots should not either.
    const hide = this.page.getByRole('button', { name: 'Hide log panel' });
    if (await hide.isVisible().catch(() => false)) await hide.click();
  }

  async openPersonalChat(): Promise<void> {
    await this.page.getByRole('treeitem', { name: 'Personal Chat' }).click();
    await this.composeBox().waitFor();
  }

  /** Opens a team channel by its names as the left rail shows them ("Safeguarding - DSL alerts"). */
  async openChannel(team: string, channel: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: `${team} - ${channel}` }).click();
    await this.page.getByRole('button', { name: 'Post', exact: true }).waitFor();
  }

  /**
   * The chat's compose box, or in a channel the "Start a new post" box (the first one; each thread has its own
   * reply box after it). Card inputs are also textboxes, so this looks only at the Lexical editors.
   */
  private composeBox(): Locator {
    return this.page.locator('[role="textbox"][contenteditable="true"]').first();
  }

  /** Types a message in a personal or group chat and sends it with Enter, as a person would. */
  async sendMessage(text: string): Promise<void> {
    const box = this.composeBox();
    await box.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.page.getByText(text, { exact: true }).last().waitFor();
  }

  /**
   * Starts a new post in the open channel, @mentioning the bot first (Teams only delivers channel messages that
   * mention the bot), then presses Post.
   */
  async postInChannel(text: string, botName: string): Promise<void> {
    const box = this.composeBox();
    await box.click();
    await this.page.keyboard.type('@');
    await this.page.getByRole('menu').getByRole('menuitem', { name: botName }).click();
    await this.page.keyboard.type(` ${text}`);
    await this.page.getByRole('button', { name: 'Post', exact: true }).click();
  }

  /** The most recent card whose text contains `text` (string or pattern); waits for it to appear. */
  async waitForCard(text: string | RegExp, timeout = REPLY_TIMEOUT_MS): Promise<Locator> {
    const card = this.page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
    await card.waitFor({ state: 'visible', timeout });
    return card;
  }

  /** Waits for any text in the conversation (a plain message from the bot, a line of a card). */
  async waitForText(text: string | RegExp, timeout = REPLY_TIMEOUT_MS): Promise<Locator> {
    const found = this.page.getByText(text).last();
    await found.waitFor({ state: 'visible', timeout });
    return found;
  }

  /** The card's rendered text as a person reads it: one trimmed, non-empty line per visual line. */
  async lines(card: Locator): Promise<string[]> {
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText keeps the visual line breaks we need.
    const text = await card.innerText();
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
  }

  async clickCardButton(card: Locator, title: string | RegExp): Promise<void> {
    await card.getByRole('button', { name: title, exact: typeof title === 'string' }).click();
  }

  /** Types into an Input.Text (or Input.Number) found by its label, replacing what was there. */
  async fillInput(card: Locator, label: string | RegExp, value: string): Promise<void> {
    const input = card.getByLabel(label).first();
    await input.fill(value);
  }

  /**
   * Chooses an option of an Input.ChoiceSet: expanded sets render as radio buttons (or checkboxes when
   * isMultiSelect), compact ones as a Fluent combobox whose options open in a popup outside the card.
   */
  async chooseChoice(card: Locator, label: string | RegExp, option: string): Promise<void> {
    const radio = card.getByRole('radiogroup', { name: label }).getByRole('radio', { name: option, exact: true });
    if ((await radio.count()) > 0) {
      await radio.check();
      return;
    }
    const combo = card.getByRole('combobox', { name: label }).first();
    if ((await combo.count()) > 0) {
      await combo.click();
      await this.page.getByRole('option', { name: option, exact: true }).click();
      return;
    }
    // A multi-select's checkboxes are named "<set label> <option>" (aria-labelledby takes in the set's label).
    await card.getByRole('checkbox', { name: new RegExp(`(^|\\s)${escapeRegExp(option)}$`) }).check();
  }

  /** Sets an Input.Toggle (rendered as a checkbox labelled with the toggle's title). */
  async toggle(card: Locator, title: string | RegExp, on = true): Promise<void> {
    const box = card.getByRole('checkbox', { name: title });
    if (on) await box.check();
    else await box.uncheck();
  }

  /** Types an ISO date (yyyy-mm-dd) into an Input.Date; the Fluent date picker parses typed text. */
  async setDate(card: Locator, label: string | RegExp, isoDate: string): Promise<void> {
    const input = card.getByRole('combobox', { name: label }).first();
    await input.fill(isoDate);
    await input.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  /**
   * Posts an activity through the Playground's "Mock an Activity → custom activity" feature (the endpoint its page
   * uses), e.g. a channel message from someone other than the signed-in user, since the page cannot switch users.
   * The bot's reply shows in the page like any other.
   */
  async sendCustomActivity(activity: Record<string, unknown>): Promise<void> {
    const res = await fetch(new URL('/_internal/v1/customActivities', this.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`the Playground refused the custom activity: ${res.status} ${await res.text()}`);
  }

  /**
   * Saves a screenshot of the page as a person sees it, as <shotDir>/<nn>-<name>.png, and returns its path. With
   * `focus`, that element is scrolled to the top of the conversation first (the page otherwise shows the latest).
   */
  async screenshot(name: string, focus?: Locator): Promise<string> {
    this.shots += 1;
    const path = join(this.shotDir, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    if (focus) {
      await focus.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        // Leave room above the card for the post's header (who sent it, when).
        for (let p = el.parentElement; p; p = p.parentElement) {
          if (
            p.scrollHeight > p.clientHeight &&
            /auto|scroll/.test(p.ownerDocument.defaultView?.getComputedStyle(p).overflowY ?? '')
          ) {
            p.scrollTop = Math.max(0, p.scrollTop - 60);
            break;
          }
        }
      });
    }
    await this.page.screenshot({ path });
    return path;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
