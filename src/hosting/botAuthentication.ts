import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, ClaimsIdentity, ConnectorFactory, JwtTokenValidation, type AuthenticateRequestResult, type ConnectorClient, type UserTokenClient } from 'botframework-connector';
import { CallerIdConstants, Channels, RoleTypes } from 'botframework-schema';
import type { Config } from '../config';

/**
 * How the adapter checks tokens. The SDK's public-cloud settings, except that a deployment
 * may name where the Bot Framework publishes its signing keys (sovereign clouds, and tests,
 * which publish their own keys on loopback instead of fetching Microsoft's).
 */
export function createBotAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  const { openIdMetadataUrl } = config.hosting;
  const withoutAppId = !config.credentials.MicrosoftAppId;
  if (!openIdMetadataUrl) return new RefusingBadSignatures({ ...config.credentials }, withoutAppId);
  return new RefusingBadSignatures({
    ...config.credentials,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  }, withoutAppId);
}

/** JWT errors the SDK lets through as plain errors (and so as 500s) rather than AuthenticationError. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * The SDK answers a token with a bad signature with 500; it is a refused token: 401.
 * It also builds a new connector client and a new user-token client (an HTTP pipeline each,
 * ~6% of a turn's CPU each) for every request; one per bot (and service URL and audience)
 * serves them all.
 */
class RefusingBadSignatures extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>();
  private readonly userTokenClients = new ClientCache<UserTokenClient>();
  /**
   * Without an app id the SDK takes every request as anonymous whatever its header, and its
   * answer (no claims, no caller id, the same audience and connectors) is the same for all but an
   * Emulator's skill call: its first anonymous answer serves the rest, each turn with its own
   * identity. (Asking it again was six generator-driven async steps and ~9 KB a turn.)
   */
  private anonymous: AuthenticateRequestResult | undefined;

  constructor(settings: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0], private readonly withoutAppId: boolean) {
    super(settings);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const appId = JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims);
    return this.userTokenClients.get(JSON.stringify([appId]), () => super.createUserTokenClient(claimsIdentity));
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const anonymous = this.anonymous;
    if (anonymous && !isEmulatorSkillCall(activity)) return { ...anonymous, claimsIdentity: new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType) };
    try {
      const result = await super.authenticateRequest(activity, authHeader);
      if (!result.connectorFactory) return result;
      const appId = JwtTokenValidation.getAppIdFromClaims(result.claimsIdentity.claims);
      const answer = { ...result, connectorFactory: new CachingConnectorFactory(this.connectors, appId, result.connectorFactory) };
      // Authentication is off without an app id, and then (but for the Emulator's skill call) the SDK's identity has no claims.
      if (this.withoutAppId && result.claimsIdentity.claims.length === 0 && !isEmulatorSkillCall(activity)) this.anonymous = answer;
      return answer;
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError(`Unauthorized: ${error.message}`, 401);
      throw error;
    }
  }
}

/** The one request the SDK answers apart when authentication is off (a skill claim from the Emulator). */
function isEmulatorSkillCall(activity: Activity): boolean {
  return activity.channelId === Channels.Emulator && activity.recipient?.role === RoleTypes.Skill;
}

/** The clients hold no per-turn state; a few service URLs are all a deployment talks to. */
const MAX_CLIENTS = 64;

class ClientCache<Client> {
  private readonly clients = new Map<string, Client>();

  async get(key: string, create: () => Promise<Client>): Promise<Client> {
    const known = this.clients.get(key);
    if (known) return known;
    const client = await create();
    // Oldest first out: anonymous requests can name any service URL.
    if (this.clients.size >= MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value ?? '');
    this.clients.set(key, client);
    return client;
  }
}

class CachingConnectorFactory extends ConnectorFactory {
  constructor(private readonly cache: ClientCache<ConnectorClient>, private readonly appId: string, private readonly inner: ConnectorFactory) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.cache.get(JSON.stringify([this.appId, serviceUrl, audience ?? '']), () => this.inner.create(serviceUrl, audience));
  }
}

/** Tokens a few minutes past expiry are still accepted by the SDK (clock skew between hosts). */
const CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * A cheap first look at the Authorization header, before the adapter: no header, not a
 * signed JWT, or plainly expired gets 401 without any work (or any fetch of signing keys).
 * The adapter then checks the signature, issuer, audience and service URL.
 */
export function bearerTokenProblem(header: string | undefined, nowSeconds: number): string | undefined {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header?.trim() ?? '');
  if (!match) return 'missing or malformed bearer token';
  const [, headerPart, payloadPart] = match;
  const decode = (part: string | undefined): Record<string, unknown> | undefined => {
    try {
      const value: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  const jose = decode(headerPart);
  const claims = decode(payloadPart);
  if (!jose || !claims) return 'token is not a JWT';
  if (typeof jose.alg !== 'string' || !/^(RS|ES|PS)\d+$/.test(jose.alg)) return 'token is not signed with a public-key algorithm';
  if (typeof claims.exp !== 'number') return 'token has no expiry';
  if (claims.exp + CLOCK_SKEW_SECONDS < nowSeconds) return 'token has expired';
  if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > nowSeconds) return 'token is not valid yet';
  return undefined;
}
