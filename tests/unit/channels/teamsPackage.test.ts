import { PNG } from 'pngjs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { buildTeamsPackage, TeamsPackageError, validateManifest } from '../../../src/channels/teams/teamsPackage';
import { loadContent } from '../../../src/knowledge/loadContent';
import { ServiceDirectory } from '../../../src/knowledge/services';
import { createMessages } from '../../../src/messages';

const BOT_ID = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const TEAMS_ENV = {
  TEAMS_DEVELOPER_NAME: 'City Hospital NHS Trust',
  TEAMS_WEBSITE_URL: 'https://www.cityhospital.example.nhs.uk',
  TEAMS_PRIVACY_URL: 'https://www.cityhospital.example.nhs.uk/privacy',
  TEAMS_TERMS_URL: 'https://www.cityhospital.example.nhs.uk/terms',
};

function input(env: Record<string, string>) {
  const config = loadConfig(env);
  const { knowledge } = loadContent(config.knowledgeDir, config.dialogsDir);
  const messages = createMessages(new ServiceDirectory(knowledge.services, config.localPals));
  return { botId: config.credentials.MicrosoftAppId, teams: config.teams, messages, version: '1.2.3' };
}

describe('the Teams app package', () => {
  it('holds a manifest valid against the current Teams schema, for the configured bot, in personal scope', async () => {
    const { zip } = await buildTeamsPackage(input({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'secret', ...TEAMS_ENV }));
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as Record<string, unknown> & { manifestVersion: string };
    expect(await validateManifest(manifest)).toEqual([]);
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.24);
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: BOT_ID, scopes: ['personal'] })]);
    expect(manifest.developer).toMatchObject({ name: 'City Hospital NHS Trust', privacyUrl: TEAMS_ENV.TEAMS_PRIVACY_URL });
    expect(manifest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(JSON.stringify(manifest)).not.toContain('secret');
  });

  it('has a 192x192 colour icon and a 32x32 outline icon that is white on transparent', async () => {
    const files = unzipSync((await buildTeamsPackage(input({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'x', ...TEAMS_ENV }))).zip);
    const colour = PNG.sync.read(Buffer.from(files['color.png'] ?? []));
    const outline = PNG.sync.read(Buffer.from(files['outline.png'] ?? []));
    expect([colour.width, colour.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let drawn = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      if (outline.data[i + 3] === 0) continue;
      drawn++;
      expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(50);
    expect(drawn).toBeLessThan(32 * 32);
  });

  it('keeps the same app id for the same bot, so a new package updates the app', async () => {
    const a = await buildTeamsPackage(input({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'x', ...TEAMS_ENV }));
    const b = await buildTeamsPackage(input({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'x', ...TEAMS_ENV }));
    expect(a.manifest.id).toBe(b.manifest.id);
    const own = await buildTeamsPackage(input({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'x', TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555', ...TEAMS_ENV }));
    expect(own.manifest.id).toBe('11111111-2222-4333-8444-555555555555');
  });

  it('says which settings are missing instead of building a package Teams would refuse', async () => {
    await expect(buildTeamsPackage(input({}))).rejects.toThrow(TeamsPackageError);
    await expect(buildTeamsPackage(input({}))).rejects.toThrow(/MicrosoftAppId[\s\S]*TEAMS_DEVELOPER_NAME[\s\S]*TEAMS_PRIVACY_URL/);
  });

  it('is checked for real: a manifest Teams would refuse fails the schema', async () => {
    const { manifest } = await buildTeamsPackage(input({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'x', ...TEAMS_ENV }));
    const broken = { ...manifest, bots: [{ botId: BOT_ID, scopes: ['everywhere'] }], accentColor: 'blue' } as unknown as { manifestVersion: string };
    expect((await validateManifest(broken)).length).toBeGreaterThan(0);
  });
});
