import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import type { Person } from '../reports/incident.js';

/**
 * Who is calling the desk API. In Teams the tab sends the Entra access token TeamsJS `getAuthToken()` gave it; we
 * check its signature against the tenant's published keys (fetched once and cached by jose, refetched when an
 * unknown key id appears), that it was issued by the school's tenant for this app (the app ID URI of
 * webApplicationInfo, or the app's client id for v2 tokens) with the `access_as_user` scope, and that it has
 * not expired. Local mode (no BOT_ID) has no tokens: a caller on loopback acts as the first safeguarding lead.
 */
export type DeskAuthResult =
  | { ok: true; person: Person; local: boolean }
  /** 401: no or bad token; 503: the tenant's keys could not be fetched, so nothing could be checked. */
  | { ok: false; status: 401 | 503; message: string };

export interface DeskAuthenticator {
  authenticate(authorization: string | undefined, remoteAddress: string | undefined): Promise<DeskAuthResult>;
}

export interface EntraDeskAuthOptions {
  tenantId: string;
  /** The app's client id (BOT_ID). */
  clientId: string;
  /** The app ID URI, api://<host>/<client id>; without it only v2 tokens (aud = client id) are accepted. */
  appIdUri?: string;
  /** Where the tenant's signing keys are; tests point this at a loopback issuer. */
  jwksUrl?: string;
  /** Seconds of clock skew allowed on exp/nbf. */
  clockToleranceSeconds?: number;
}

const SCOPE = 'access_as_user';

export function entraDeskAuthenticator(opts: EntraDeskAuthOptions): DeskAuthenticator {
  const jwks = createRemoteJWKSet(
    new URL(opts.jwksUrl ?? `https://login.microsoftonline.com/${opts.tenantId}/discovery/v2.0/keys`),
    { cacheMaxAge: 24 * 60 * 60 * 1000, cooldownDuration: 30_000, timeoutDuration: 5_000 },
  );
  const audience = [opts.clientId, ...(opts.appIdUri ? [opts.appIdUri] : [])];
  // v1 tokens (the default for an app registration) and v2 tokens name the tenant differently.
  const issuer = [
    `https://sts.windows.net/${opts.tenantId}/`,
    `https://login.microsoftonline.com/${opts.tenantId}/v2.0`,
  ];
  return {
    async authenticate(authorization) {
      const token = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(authorization?.trim() ?? '')?.[1];
      if (!token)
        return { ok: false, status: 401, message: 'Sign in through Teams: this request had no sign-in token.' };
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          audience,
          issuer,
          algorithms: ['RS256'],
          clockTolerance: opts.clockToleranceSeconds ?? 60,
          requiredClaims: ['exp', 'oid', 'tid'],
        }));
      } catch (err) {
        return reasonOf(err);
      }
      if (payload.tid !== opts.tenantId)
        return { ok: false, status: 401, message: 'This sign-in is from another organisation.' };
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (!scopes.includes(SCOPE))
        return { ok: false, status: 401, message: 'This sign-in token was not issued for the desk.' };
      const claim = (name: string) => (typeof payload[name] === 'string' ? (payload[name] as string) : undefined);
      const upn = claim('preferred_username') ?? claim('upn');
      return {
        ok: true,
        local: false,
        person: {
          aadObjectId: String(payload.oid),
          name: claim('name') ?? upn ?? 'Unknown user',
          ...(upn ? { upn } : {}),
        },
      };
    },
  };
}

function reasonOf(err: unknown): DeskAuthResult & { ok: false } {
  const no = (message: string) => ({ ok: false as const, status: 401 as const, message });
  if (err instanceof errors.JWTExpired) return no('Your sign-in has expired: reload the tab.');
  if (err instanceof errors.JWTClaimValidationFailed)
    return no('This sign-in token is not for this app or this school.');
  // A key server that cannot be reached is our problem, not a bad token: the caller may retry.
  if (err instanceof errors.JWKSTimeout || !(err instanceof errors.JOSEError))
    return { ok: false, status: 503, message: 'Sign-in could not be checked just now: try again in a minute.' };
  return no('This sign-in token is not valid.');
}

/** Local mode: no sign-in, only from this machine, acting as the first safeguarding lead (or a local user). */
export function localDeskAuthenticator(firstLead: string | undefined): DeskAuthenticator {
  const person: Person = firstLead
    ? {
        aadObjectId: firstLead,
        name: firstLead.includes('@') ? firstLead : 'Local safeguarding lead',
        ...(firstLead.includes('@') ? { upn: firstLead } : {}),
      }
    : { aadObjectId: 'local-user', name: 'Local user' };
  return {
    async authenticate(_authorization, remoteAddress) {
      if (!isLoopbackAddress(remoteAddress)) {
        return {
          ok: false,
          status: 401,
          message: 'Boundary is in local mode (no BOT_ID): the desk opens only on this machine.',
        };
      }
      return { ok: true, local: true, person };
    },
  };
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, '');
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);
}
