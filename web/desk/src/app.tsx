import { FluentProvider, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createApi } from './api';
import { ErrorBar } from './components/error-bar';
import { Shell } from './components/shell';
import { DeskContext } from './desk-context';
import type { Host } from './host';
import { parseRoute } from './lib/route';
import type { ThemeName } from './lib/theme-name';
import { ConfigPage } from './pages/config';
import { RouterProvider } from './router';
import { THEMES } from './themes';
import type { Me } from './types';
import { useLoad } from './use-load';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  wait: { padding: tokens.spacingVerticalXXL },
});

export function App({ host }: { host: Host }) {
  // The channel tab's configuration page needs no sign-in and no record: it only tells Teams where the tab opens.
  if (parseRoute(window.location.pathname).page === 'config') return <ConfigApp host={host} />;
  return <DeskApp host={host} />;
}

/** The theme Teams (or, locally, the address) asks for, following changes, and marked on <html> for tests. */
function useTheme(host: Host): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}

function ConfigApp({ host }: { host: Host }) {
  const theme = useTheme(host);
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[theme]}>
      <div className={styles.root}>
        <ConfigPage host={host} />
      </div>
    </FluentProvider>
  );
}

function DeskApp({ host }: { host: Host }) {
  const theme = useTheme(host);
  const api = useMemo(() => createApi(() => host.getToken()), [host]);
  const me = useLoad<Me>('me', (signal) => api.get<Me>('/api/desk/me', signal));
  const styles = useStyles();

  return (
    // The layout is on a div inside the provider: Fluent copies the provider's classes onto its portals' mount
    // node, and a full-height mount node would sit over the page and swallow clicks.
    <FluentProvider theme={THEMES[theme]}>
      <div className={styles.root}>
        {me.data ? (
          <DeskContext.Provider value={{ api, me: me.data, inTeams: host.inTeams, theme }}>
            <RouterProvider>
              <Shell subPageId={host.subPageId} />
            </RouterProvider>
          </DeskContext.Provider>
        ) : me.error ? (
          <main className={styles.wait}>
            <ErrorBar error={me.error} onRetry={me.reload} />
          </main>
        ) : (
          <main className={styles.wait}>
            <Spinner label="Opening the safeguarding desk…" />
          </main>
        )}
      </div>
    </FluentProvider>
  );
}
