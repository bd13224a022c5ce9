import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('hosting settings', () => {
  it('keep state in bounded memory unless REDIS_URL is set', () => {
    expect(loadConfig({}).storage).toBe('memory');
    const config = loadConfig({ REDIS_URL: 'rediss://:secret@cache.example.net:6380' });
    expect(config.storage).toBe('redis');
    expect(config.hosting.redisUrl).toBe('rediss://:secret@cache.example.net:6380');
  });

  it('refuse a Redis address that is not redis:// or rediss://, and STORAGE=redis without one', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL should start redis:\/\/ or rediss:\/\//);
    expect(() => loadConfig({ STORAGE: 'redis' })).toThrow(/STORAGE=redis needs REDIS_URL/);
  });

  it('read limits and logging, with safe defaults', () => {
    const defaults = loadConfig({}).hosting;
    expect(defaults).toMatchObject({ logMessages: false, logLevel: 'info', production: false });
    expect(defaults.rateLimitPerConversation).toBeGreaterThan(0);
    const set = loadConfig({ RATE_LIMIT_PER_CONVERSATION: '0', LOG_MESSAGES: 'true', LOG_LEVEL: 'warn', NODE_ENV: 'production' }).hosting;
    expect(set).toMatchObject({ rateLimitPerConversation: 0, logMessages: true, logLevel: 'warn', production: true });
  });

  it('read the size of the start-up warm-up under load, 0 for none, and refuse one that is not a whole number', () => {
    expect(loadConfig({}).hosting.warmUpTurns).toBeGreaterThan(0);
    expect(loadConfig({ WARM_UP_TURNS: '0' }).hosting.warmUpTurns).toBe(0);
    expect(() => loadConfig({ WARM_UP_TURNS: 'lots' })).toThrow(ConfigError);
  });

  it('name every bad hosting setting at once', () => {
    try {
      loadConfig({ RATE_LIMIT_PER_IP: '-1', LOG_LEVEL: 'chatty', BOT_OPENID_METADATA_URL: 'keys' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(3);
    }
  });
});
