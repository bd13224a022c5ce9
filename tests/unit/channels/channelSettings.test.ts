import { describe, expect, it } from 'vitest';
import { withoutPort } from '../../../src/channels/http';
import { ConfigError, loadConfig } from '../../../src/config';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('web chat and Teams settings', () => {
  it('default to our own Direct Line, no other website allowed, Direct Line-like token lifetimes', () => {
    const { webChat } = loadConfig({});
    expect(webChat.directLineSecret).toBe('');
    expect(webChat.allowedOrigins).toEqual([]);
    expect(webChat.tokenMinutes).toBe(30);
    expect(webChat.trustProxy).toBe(false);
  });

  it('read the allowed websites as origins', () => {
    const { webChat } = loadConfig({ WIDGET_ALLOWED_ORIGINS: ' https://www.Example-Charity.org.uk , http://localhost:8080 ' });
    expect(webChat.allowedOrigins).toEqual(['https://www.example-charity.org.uk', 'http://localhost:8080']);
  });

  it('refuse a website given with a path, a Direct Line address that is not https, and a Teams app id that is not a GUID', () => {
    const problems = problemsOf({ WIDGET_ALLOWED_ORIGINS: 'https://www.example.org/help', DIRECT_LINE_DOMAIN: 'http://directline.example.com/v3/directline', TEAMS_APP_ID: 'my-app' });
    expect([...problems].sort()).toEqual([
      'DIRECT_LINE_DOMAIN should be a web address starting https://, not "http://directline.example.com/v3/directline"',
      'WIDGET_ALLOWED_ORIGINS should list origins like https://www.example.org (no path), not "https://www.example.org/help"',
      'TEAMS_APP_ID should be a GUID, not "my-app"',
    ].sort());
  });

  it('take limits within bounds', () => {
    expect(problemsOf({ DIRECT_LINE_MESSAGES_PER_MINUTE: '0' })).toEqual(['DIRECT_LINE_MESSAGES_PER_MINUTE should be a whole number from 1 to 10000, not "0"']);
    expect(loadConfig({ DIRECT_LINE_MAX_CONVERSATIONS: '50', TRUST_PROXY: 'true' }).webChat).toMatchObject({ maxConversations: 50, trustProxy: true });
  });
});

describe('client addresses from X-Forwarded-For', () => {
  it.each([
    ['203.0.113.9:51234', '203.0.113.9'],
    ['203.0.113.9', '203.0.113.9'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
  ])('reads %s as %s', (forwarded, address) => {
    expect(withoutPort(forwarded)).toBe(address);
  });
});
