/** The three looks Teams has; the desk follows whichever Teams (or, locally, the address) asks for. */
export type ThemeName = 'light' | 'dark' | 'contrast';

/** TeamsJS names them default / dark / contrast; anything new falls back to light. */
export function themeFromTeams(theme: string | undefined): ThemeName {
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast') return 'contrast';
  return 'light';
}

/** Local mode: `?theme=dark|contrast` (tests and screenshots), light otherwise. */
export function themeFromQuery(value: string | null): ThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'light';
}
