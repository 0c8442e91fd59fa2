import { renderCard, userText } from '../cards/templates.js';

/** A command that should have its own button on the welcome/help card. */
export interface WelcomeButton {
  title: string;
  command: string;
}

/** A channel of the team, as Teams lists it, offered as the place for alerts. */
export interface ChannelChoice {
  title: string;
  value: string;
}

/**
 * The safeguarding-alerts part of the welcome card in a team: one card on install instead of a welcome and a
 * separate setup card. `channels` (from Teams) lets a lead pick any channel of the team from the General
 * channel where the card is posted; without them the button sets the channel it is pressed in. `done` replaces
 * the chooser with the confirmation after a lead chose.
 */
export interface WelcomeAlertSetup {
  channels?: ChannelChoice[];
  currentChannelId?: string;
  done?: string;
}

export const EXAMPLE_QUESTION = 'Can I accept a friend request from a parent?';

/** The button that sends alerts.setChannel; its title is quoted in the card's own instructions. */
export const USE_CHANNEL_BUTTON = 'Use a channel for alerts';

/**
 * The welcome card, also shown by `help`. Buttons come from the commands the bot really routes, so a button
 * never offers something that does not exist yet. Buttons are plain Action.Submit with `data.command` (or
 * `data.question` for the example question): Teams delivers that as a message with `value` in every scope, and
 * the Agents Playground sends it too, whereas it drops Action.Submit carrying msteams messageBack/imBack.
 * The routes read the command from `value.command` exactly as from typed text. The one Action.Execute, "Use a
 * channel for alerts", appears only with `alertSetup` (a team, with a database behind the bot): only the
 * safeguarding leads can use it, and the alert-channel setup audits every attempt.
 */
export function renderWelcomeCard(opts: {
  buttons: WelcomeButton[];
  showAlertSetup: boolean;
  alertSetup?: WelcomeAlertSetup;
}): Record<string, unknown> {
  const setup = opts.alertSetup ?? {};
  const channels = setup.channels ?? [];
  const hasChannels = channels.length > 1;
  return renderCard('welcome', {
    title: "Hello, I'm Boundary",
    showAlertSetup: opts.showAlertSetup,
    alertSetupDone: Boolean(setup.done),
    alertDoneText: setup.done ?? '',
    alertSetupHow: hasChannels
      ? `Safeguarding leads (the DSL or a deputy): choose the channel below and press "${USE_CHANNEL_BUTTON}", or send "@Boundary set alerts channel" in that channel. Only the people listed as safeguarding leads can do this.`
      : `Safeguarding leads (the DSL or a deputy): send "@Boundary set alerts channel" in the channel that should receive alerts, or press "${USE_CHANNEL_BUTTON}" to use the channel this card is in. Only the people listed as safeguarding leads can do this.`,
    hasChannels,
    currentChannelId: setup.currentChannelId ?? '',
    // Channel names are typed by people in Teams: escaped like any other typed text.
    channels: channels.map((c) => ({ title: userText(c.title), value: c.value })),
    exampleQuestion: EXAMPLE_QUESTION,
    commands: opts.buttons,
  });
}
