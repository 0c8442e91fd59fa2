import { type Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ThemeName } from './lib/theme-name';

/** The Fluent theme for each of the three Teams themes the desk follows. */
export const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};
