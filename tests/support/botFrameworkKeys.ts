import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stands in for login.botframework.com: publishes an OpenID configuration and signing keys on
 * loopback, and signs tokens the way the Bot Framework channel service does. Lets tests prove
 * the adapter's signature check without any network.
 */
export interface LocalBotFrameworkKeys {
  readonly metadataUrl: string;
  /** A channel token for `appId`, signed with the published key (or another one, to forge). */
  token(claims: Record<string, unknown>, options?: { readonly forgedKey?: boolean; readonly kid?: string }): string;
  readonly kid: string;
  close(): Promise<void>;
}

export const CHANNEL_ISSUER = 'https://api.botframework.com';

function rsaKey(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

export async function startLocalBotFrameworkKeys(): Promise<LocalBotFrameworkKeys> {
  const kid = randomUUID();
  const real = rsaKey();
  const forger = rsaKey();
  let origin = '';
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/keys') {
      res.end(JSON.stringify({ keys: [{ ...real.publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256', endorsements: ['directline', 'msteams', 'webchat'] }] }));
    } else {
      res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${origin}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    metadataUrl: `${origin}/.well-known/openidconfiguration`,
    kid,
    token: (claims, options = {}) => {
      const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? kid })}.${part(claims)}`;
      const signature = sign('RSA-SHA256', Buffer.from(unsigned), (options.forgedKey ? forger : real).privateKey);
      return `${unsigned}.${signature.toString('base64url')}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
