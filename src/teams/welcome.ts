import { renderCard } from './cards.js';

/** A command that should have its own button on the welcome/help card. */
export interface WelcomeButton {
  title: string;
  command: string;
}

export const EXAMPLE_QUESTION = 'Can I accept a friend request from a parent?';

/**
 * The welcome card, also shown by `help`. Buttons come from the commands the bot really routes, so a button
 * never offers something that does not exist yet. Buttons are plain Action.Submit with `data.command` (or
 * `data.question` for the example question): Teams delivers that as a message with `value` in every scope, and
 * the Agents Playground sends it too, whereas it drops Action.Submit carrying msteams messageBack/imBack.
 * The routes read the command from `value.command` exactly as from typed text.
 */
export function renderWelcomeCard(opts: {
  buttons: WelcomeButton[];
  showAlertSetup: boolean;
}): Record<string, unknown> {
  return renderCard('welcome', {
    title: "Hello, I'm Boundary",
    showAlertSetup: opts.showAlertSetup,
    exampleQuestion: EXAMPLE_QUESTION,
    commands: opts.buttons,
  });
}
