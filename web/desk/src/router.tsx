import { createContext, type MouseEvent, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { carriedQuery, parseRoute, type Route } from './lib/route';

interface Navigation {
  route: Route;
  /** Goes to a desk path (/tab/...), keeping the theme query; `replace` leaves no history entry. */
  go(path: string, opts?: { replace?: boolean; query?: string }): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function RouterProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((path: string, opts: { replace?: boolean; query?: string } = {}) => {
    const query = opts.query ?? carriedQuery(window.location.search);
    const url = `${path}${query}`;
    if (opts.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setRoute(parseRoute(path));
    window.scrollTo(0, 0);
  }, []);
  return <NavigationContext.Provider value={{ route, go }}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside RouterProvider');
  return nav;
}

/** Props for a link that navigates inside the desk (a real href, so it can still be copied or opened anew). */
export function useLinkProps(path: string): { href: string; onClick: (e: MouseEvent<HTMLAnchorElement>) => void } {
  const { go } = useNavigation();
  return {
    href: `${path}${carriedQuery(window.location.search)}`,
    onClick: (e) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
      e.preventDefault();
      go(path);
    },
  };
}
