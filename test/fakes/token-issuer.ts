import { createPrivateKey, generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceClientCredentialsFactory } from 'botframework-connector';

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
 * Plays the Bot Framework's token service on loopback: an OpenID metadata document and a JWKS with a key we
 * generated, so the bot's real JWT validation (botframework-connector) can be exercised offline. Tokens are
 * RS256 JWTs signed with node:crypto, shaped like the Bot Connector's (iss https://api.botframework.com, aud =
 * the bot's app id, serviceurl claim).
 */
export class FakeTokenIssuer {
  readonly kid = `test-key-${randomUUID().slice(0, 8)}`;
  /** Pass this as BotAuthOverrides.openIdMetadataUrl. */
  readonly openIdMetadataUrl: string;
  private readonly privateKey: KeyObject;

  private constructor(
    private readonly server: Server,
    base: string,
    privateKey: KeyObject,
  ) {
    this.openIdMetadataUrl = `${base}/v1/.well-known/openidconfiguration`;
    this.privateKey = privateKey;
  }

  static async start(): Promise<FakeTokenIssuer> {
    const { publicKey, privateKey } = issuerKeys();
    const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
    let base = '';
    let kid = '';
    const server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/v1/.well-known/openidconfiguration') {
        res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/v1/.well-known/keys` }));
      } else if (req.url === '/v1/.well-known/keys') {
        res.end(
          JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }),
        );
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const issuer = new FakeTokenIssuer(server, base, privateKey);
    kid = issuer.kid;
    return issuer;
  }

  /**
   * A Bearer header for a token from the Bot Connector to `audience` about `serviceUrl`. `expiresInSeconds`
   * may be negative for an expired token; `signWith` signs with another key (a forged token).
   */
  authorization(opts: {
    audience: string;
    serviceUrl: string;
    expiresInSeconds?: number;
    issuer?: string;
    signWith?: KeyObject;
  }): string {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + (opts.expiresInSeconds ?? 3600);
    const header = { alg: 'RS256', typ: 'JWT', kid: this.kid };
    const payload = {
      iss: opts.issuer ?? 'https://api.botframework.com',
      aud: opts.audience,
      serviceurl: opts.serviceUrl,
      iat: Math.min(now, exp - 60),
      nbf: Math.min(now, exp - 60) - 5,
      exp,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
    const signature = sign('RSA-SHA256', Buffer.from(input), opts.signWith ?? this.privateKey).toString('base64url');
    return `Bearer ${input}.${signature}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Another RSA key, for forged tokens. */
export function strangerKey(): KeyObject {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }));
}

export const OUTBOUND_TEST_TOKEN = 'fake-outbound-token';

/**
 * Outbound credentials without Entra: the bot signs its calls to the connector with a fixed bearer token, so a
 * test can check replies are authenticated without a token endpoint. App id checks are real.
 */
export class StaticTokenCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(private readonly appId: string) {
    super();
  }
  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  async createCredentials(appId: string) {
    if (appId !== this.appId) throw new Error('Invalid appId.');
    return {
      async signRequest<T extends { headers: { set(name: string, value: string): void } }>(request: T): Promise<T> {
        request.headers.set('authorization', `Bearer ${OUTBOUND_TEST_TOKEN}`);
        return request;
      },
    };
  }
}

function b64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}
