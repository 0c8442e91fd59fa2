import { renderCard } from './cards.js';

/** A command that should have its own button on the welcome/help card. */
export interface WelcomeButton {
  title: string;
  command: string;
}

export const EXAMPLE_QUESTION = 'Can I accept a friend request from a parent?';

/**
 * The welcome card, also shown by `help`. Buttons come from the commands the bot really routes, so a button
 * never offers something that does not exist yet. Buttons are Action.Submit with a Teams messageBack: Teams
 * posts the command text as a message (so the same route handles typing and pressing), and clients without
 * messageBack (Web Chat) still send `data.command`, which the routes also read.
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
