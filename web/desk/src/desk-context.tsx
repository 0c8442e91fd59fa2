import { createContext, useContext } from 'react';
import type { DeskApi } from './api';
import type { ThemeName } from './lib/theme-name';
import type { Me } from './types';

export interface Desk {
  api: DeskApi;
  me: Me;
  inTeams: boolean;
  /** The theme shown, for what must be coloured in code rather than by Fluent's CSS variables (the chart). */
  theme: ThemeName;
}

export const DeskContext = createContext<Desk | null>(null);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside DeskContext');
  return desk;
}

export const isLead = (me: Me) => me.role === 'lead';
export const canSeePolicy = (me: Me) => me.role === 'lead' || me.isOwner;
