import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_ISSUER, startLocalBotFrameworkKeys, type LocalBotFrameworkKeys } from '../support/botFrameworkKeys';
import { messageActivity, startBot, type RunningBot } from '../support/startBot';

/**
 * With a MicrosoftAppId the endpoint takes only Bot Framework tokens. Signing keys come from a
 * loopback stand-in for login.botframework.com (BOT_OPENID_METADATA_URL), so the adapter's own
 * signature, issuer and audience checks run for real, with no network.
 */
const APP_ID = '00000000-0000-0000-0000-00000000a11d';
let keys: LocalBotFrameworkKeys;
let bot: RunningBot;
beforeAll(async () => {
  keys = await startLocalBotFrameworkKeys();
  bot = await startBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-by-expect-replies', BOT_OPENID_METADATA_URL: keys.metadataUrl });
});
afterAll(async () => {
  await bot.close();
  await keys.close();
});

const now = (): number => Math.floor(Date.now() / 1000);
const activity = messageActivity('what is a second opinion', { deliveryMode: 'expectReplies' });
const validClaims = (): Record<string, unknown> => ({ iss: CHANNEL_ISSUER, aud: APP_ID, nbf: now() - 60, exp: now() + 3600, serviceurl: activity.serviceUrl });

async function postWith(authorization: string | undefined): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity) });
  await response.arrayBuffer();
  return response.status;
}

describe('the messaging endpoint with an app id', () => {
  it('answers a request carrying a valid Bot Framework token', async () => {
    expect(await postWith(`Bearer ${keys.token(validClaims())}`)).toBe(200);
  });

  it.each([
    ['no Authorization header', () => undefined],
    ['a header that is not a bearer token', () => 'Basic dXNlcjpwYXNz'],
    ['a bearer token that is not a JWT', () => 'Bearer not-a-token'],
    ['an unsigned token (alg none)', () => `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(validClaims())).toString('base64url')}.x`],
  ])('refuses %s with 401', async (_kind, header) => {
    expect(await postWith(header())).toBe(401);
  });

  it('refuses an expired token with 401', async () => {
    expect(await postWith(`Bearer ${keys.token({ ...validClaims(), nbf: now() - 7200, exp: now() - 3600 })}`)).toBe(401);
  });

  it('refuses a forged token (right key id, wrong key) with 401', async () => {
    expect(await postWith(`Bearer ${keys.token(validClaims(), { forgedKey: true })}`)).toBe(401);
  });

  it('refuses a token signed by a key the Bot Framework does not publish with 401', async () => {
    expect(await postWith(`Bearer ${keys.token(validClaims(), { forgedKey: true, kid: 'unknown-key' })}`)).toBe(401);
  });

  it('refuses a genuine token issued for another bot with 401', async () => {
    expect(await postWith(`Bearer ${keys.token({ ...validClaims(), aud: 'some-other-bot' })}`)).toBe(401);
  });
});
