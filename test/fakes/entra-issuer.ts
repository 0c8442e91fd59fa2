import { generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';

/**
 * The issuer's signing key, made once per test process: an RSA key takes ~150 ms to make, and a fresh one for every
 * issuer started (one per bot in most suites) was seconds of each run. Each issuer still has its own key id, and a
 * forged token is signed with `strangerKey()`, made fresh each time.
 */
let keys: { publicKey: KeyObject; privateKey: KeyObject } | null = null;
function issuerKeys(): { publicKey: KeyObject; privateKey: KeyObject } {
  keys ??= generateKeyPairSync('rsa', { modulusLength: 2048 });
  return keys;
}

/**
 * Plays Microsoft Entra for the desk's single sign-on, on loopback: a JWKS with a key we generated, and access
 * tokens shaped like the ones TeamsJS `getAuthToken()` hands a tab (v1: iss https://sts.windows.net/<tid>/, aud the
 * app ID URI; v2: iss https://login.microsoftonline.com/<tid>/v2.0, aud the client id; oid, tid, name,
 * preferred_username, scp access_as_user). Counts key fetches, so a test can see the keys are cached.
 */
export class FakeEntraIssuer {
  readonly kid = `entra-test-${randomUUID().slice(0, 8)}`;
  keyFetches = 0;

  private constructor(
    private readonly server: Server,
    readonly jwksUrl: string,
    private readonly privateKey: KeyObject,
  ) {}

  static async start(): Promise<FakeEntraIssuer> {
    const { publicKey, privateKey } = issuerKeys();
    const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
    let issuer: FakeEntraIssuer | null = null;
    const server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/keys' && issuer) {
        issuer.keyFetches += 1;
        res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: issuer.kid, n: jwk.n, e: jwk.e }] }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
    issuer = new FakeEntraIssuer(server, url, privateKey);
    return issuer;
  }

  /** A Bearer header for `user`. Every claim can be overridden, to make a token that must be refused. */
  async bearer(
    user: { aadObjectId: string; name: string; userPrincipalName?: string },
    opts: {
      tenantId: string;
      audience: string;
      version?: 1 | 2;
      expiresInSeconds?: number;
      scope?: string;
      issuer?: string;
      tid?: string;
      signWith?: KeyObject;
      kid?: string;
    },
  ): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const iss =
      opts.issuer ??
      (opts.version === 2
        ? `https://login.microsoftonline.com/${opts.tenantId}/v2.0`
        : `https://sts.windows.net/${opts.tenantId}/`);
    const token = await new SignJWT({
      oid: user.aadObjectId,
      tid: opts.tid ?? opts.tenantId,
      name: user.name,
      ...(user.userPrincipalName ? { preferred_username: user.userPrincipalName } : {}),
      scp: opts.scope ?? 'access_as_user',
      ver: opts.version === 2 ? '2.0' : '1.0',
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: opts.kid ?? this.kid })
      .setIssuer(iss)
      .setAudience(opts.audience)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (opts.expiresInSeconds ?? 3600))
      .sign(opts.signWith ?? this.privateKey);
    return `Bearer ${token}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
