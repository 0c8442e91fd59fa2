import { createContext, useContext } from 'react';
import type { DeskApi } from './api';
import type { Me } from './types';

export interface Desk {
  api: DeskApi;
  me: Me;
  inTeams: boolean;
}

export const DeskContext = createContext<Desk | null>(null);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside DeskContext');
  return desk;
}

export const isLead = (me: Me) => me.role === 'lead';
export const canSeePolicy = (me: Me) => me.role === 'lead' || me.isOwner;
