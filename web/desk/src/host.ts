import { subPageFromQuery } from './lib/route';
import { type ThemeName, themeFromQuery, themeFromTeams } from './lib/theme-name';

/** Where the desk runs: inside Teams (TeamsJS context, SSO, Teams' theme) or a browser on the local server. */
export interface Host {
  readonly inTeams: boolean;
  readonly theme: ThemeName;
  /** The record a deep link asked for (the alert card's "View full record"), or null. */
  readonly subPageId: string | null;
  /** The Entra token for the desk API; null outside Teams, where the local server needs none. */
  getToken(): Promise<string | null>;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /**
   * The channel tab's configuration page: lets Teams save the tab, opening on the desk page `path()` gives at the
   * time of saving. Returns false outside Teams, where there is nothing to save.
   */
  configureChannelTab(path: () => string): boolean;
}

/** How long to wait for Teams to answer before treating the page as opened outside it. */
const TEAMS_TIMEOUT_MS = 4000;

function maybeInTeams(): boolean {
  // Teams shows a tab in a frame (web, desktop) or a webview that says so in its user agent (mobile).
  try {
    if (window.self !== window.top) return true;
  } catch {
    return true; // a cross-origin parent is itself a sign of a host
  }
  return /Teams|Electron/.test(navigator.userAgent) || 'nativeInterface' in window;
}

function localHost(): Host {
  const theme = themeFromQuery(new URLSearchParams(window.location.search).get('theme'));
  return {
    inTeams: false,
    theme,
    subPageId: subPageFromQuery(window.location.search),
    getToken: async () => null,
    onThemeChange: () => {},
    configureChannelTab: () => false,
  };
}

export async function connectHost(): Promise<Host> {
  if (!maybeInTeams()) return localHost();
  // Loaded only inside Teams: on loading, TeamsJS asks Microsoft's CDN for its list of Teams hosts (falling back
  // to the list it carries), which a browser on the local server has no business doing.
  const { app, authentication, pages } = await import('@microsoft/teams-js');
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer from Teams')), TEAMS_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return localHost();
  } finally {
    clearTimeout(timer);
  }
  const context = await app.getContext();
  return {
    inTeams: true,
    theme: themeFromTeams(context.app.theme),
    subPageId: context.page.subPageId?.trim() ? context.page.subPageId.trim() : null,
    // TeamsJS caches the token and renews it before expiry, so asking per request costs a message, not a sign-in.
    getToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((t) => handler(themeFromTeams(t))),
    configureChannelTab: (path) => {
      pages.config.registerOnSaveHandler((save) => {
        const url = `${window.location.origin}${path()}`;
        pages.config
          .setConfig({
            contentUrl: url,
            websiteUrl: url,
            entityId: 'desk-channel',
            suggestedDisplayName: 'Safeguarding desk',
          })
          .then(
            () => save.notifySuccess(),
            (err: unknown) => save.notifyFailure(err instanceof Error ? err.message : 'The tab could not be saved.'),
          );
      });
      pages.config.setValidityState(true);
      return true;
    },
  };
}
