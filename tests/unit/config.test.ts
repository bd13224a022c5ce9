import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('runs with no settings at all: memory storage, shipped content, anonymous', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.storage).toBe('memory');
    expect(config.knowledgeDir).toBe(DEFAULTS.knowledgeDir);
    expect(config.credentials.MicrosoftAppId).toBe('');
  });

  it('is frozen, and so are its defaults', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
    expect(Object.isFrozen(DEFAULTS)).toBe(true);
    expect(Object.isFrozen(DEFAULTS.matching)).toBe(true);
  });

  it('reports every bad setting at once, by name, with what it should be', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', STORAGE: 'floppy', MicrosoftAppId: 'abc', MicrosoftAppType: 'SingleTenant' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems } = error as ConfigError;
    expect(problems).toEqual([
      'STORAGE should be one of memory, redis, not "floppy"',
      'MicrosoftAppId is set but MicrosoftAppPassword is empty',
      'MicrosoftAppType=SingleTenant needs MicrosoftAppTenantId',
      'PORT should be a whole number from 0 to 65535, not "eighty"',
    ]);
    expect((error as Error).message).toMatch(/See \.env\.example/);
  });

  it('accepts a full Azure Bot registration', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'singletenant', MicrosoftAppTenantId: 'tenant' });
    expect(config.credentials).toEqual({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant' });
  });
});
