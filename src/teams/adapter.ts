import { createRequire } from 'node:module';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { type Activity, CallerIdConstants, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { BotAuthConfig } from '../config.js';

/**
 * botframework-connector serialises each outgoing entity through its `Entity` mapper, which names only `type`,
 * `text` and `mentioned` and so drops everything else: a schema.org Message entity reached Teams as `{ type }`,
 * without its citation claims. The Activity mapper already declares additional properties for entities
 * (botbuilder-js #2648); the Entity mapper it resolves to does not. Declaring them there keeps every entity whole,
 * mentions included. Done once, when the adapter module loads. Without it an answer's citations never reach Teams;
 * test/teams/connector-serialiser.test.ts shows the connector still drops them (and fails once it no longer does,
 * when this can go) and that they arrive with it.
 */
const connectorMappers = createRequire(import.meta.url)('botframework-connector/lib/connectorApi/models/mappers') as {
  Entity: { type: { additionalProperties?: unknown } };
};
connectorMappers.Entity.type.additionalProperties ??= { type: { name: 'Object' } };

/**
 * Test seams for the Bot Framework's token validation and outbound credentials. Production leaves both unset,
 * so tokens are checked against Microsoft's published OpenID metadata and replies are signed with the app
 * registration's secret (or managed identity). Tests serve their own OpenID metadata and JWKS on loopback and
 * sign tokens with a generated key; they pass a credentials factory so replies need no Entra token.
 */
export interface BotAuthOverrides {
  /** OpenID metadata document (with a jwks_uri) used to validate tokens from the channel and the emulator. */
  openIdMetadataUrl?: string;
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/**
 * The teams-ai adapter with one addition: it exposes the Bot Framework's processActivity, so the HTTP layer can
 * hand over an already parsed and validated activity and decide the status code itself (restify never reaches
 * botbuilder, and botbuilder's own error bodies never reach the caller).
 */
export class BoundaryAdapter extends TeamsAdapter {
  /** Authenticates the request (JWT unless local mode), runs `logic` for the turn, and returns any invoke response. */
  processIncoming(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

export function createBotAdapter(bot: BotAuthConfig, overrides: BotAuthOverrides = {}): BoundaryAdapter {
  if (bot.mode === 'local') {
    // No app id means botbuilder treats authentication as disabled: anonymous claims, no outbound token.
    return new BoundaryAdapter({}, overrides.credentialsFactory);
  }
  const options: Record<string, string | boolean | undefined> = {
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.password,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
  };
  if (overrides.openIdMetadataUrl) {
    // Setting any "parameterized" endpoint makes botbuilder use all of them, so the rest keep the public-cloud values.
    Object.assign(options, {
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: `${AuthenticationConstants.ToChannelFromBotLoginUrlPrefix}${bot.tenantId}`,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: overrides.openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: overrides.openIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    });
  }
  return new BoundaryAdapter(options as never, overrides.credentialsFactory);
}
