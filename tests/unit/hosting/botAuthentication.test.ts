import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { AuthenticationConstants, SkillValidation } from 'botframework-connector';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../src/config';
import { createBotAuthentication } from '../../../src/hosting/botAuthentication';

const activity = (extra: Partial<Activity> = {}): Activity =>
  ({ type: 'message', text: 'hi', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'bot' }, ...extra }) as Activity;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checking who sent a request', () => {
  it('without an app id, answers every request as the SDK answered the first (each with its own anonymous identity), asking it once', async () => {
    const sdk = vi.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'authenticateRequest');
    const auth = createBotAuthentication(loadConfig({}));
    const first = await auth.authenticateRequest(activity(), '');
    const second = await auth.authenticateRequest(activity({ channelId: 'directline', serviceUrl: 'http://127.0.0.1:10' }), 'Bearer anything');
    expect(sdk).toHaveBeenCalledTimes(1);
    for (const result of [first, second]) {
      expect(result.claimsIdentity.claims).toEqual([]);
      expect(result.claimsIdentity.isAuthenticated).toBe(true);
      expect(result.callerId).toBeNull();
      expect(result.audience).toBe(AuthenticationConstants.ToChannelFromBotOAuthScope);
    }
    expect(second.claimsIdentity).not.toBe(first.claimsIdentity);
    expect(second.connectorFactory).toBe(first.connectorFactory);
    expect(second.claimsIdentity).toEqual(first.claimsIdentity);
  });

  it("still asks the SDK about the Emulator's skill call, which it answers with a skill claim", async () => {
    const sdk = vi.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'authenticateRequest');
    const auth = createBotAuthentication(loadConfig({}));
    await auth.authenticateRequest(activity(), '');
    const skillCall = await auth.authenticateRequest(activity({ channelId: 'emulator', recipient: { id: 'bot', name: 'bot', role: 'skill' } }), '');
    expect(sdk).toHaveBeenCalledTimes(2);
    expect(SkillValidation.isSkillClaim(skillCall.claimsIdentity.claims)).toBe(true);
  });

  it('with an app id, has the SDK check every request', async () => {
    const sdk = vi.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'authenticateRequest');
    const auth = createBotAuthentication(loadConfig({ MicrosoftAppId: '00000000-0000-0000-0000-00000000a11d', MicrosoftAppPassword: 'secret' }));
    await expect(auth.authenticateRequest(activity(), '')).rejects.toMatchObject({ statusCode: 401 });
    await expect(auth.authenticateRequest(activity(), '')).rejects.toMatchObject({ statusCode: 401 });
    expect(sdk).toHaveBeenCalledTimes(2);
  });
});
