import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, loadDotEnv } from '../config';
import { TeamsPackageError, buildTeamsPackage } from '../channels/teams/teamsPackage';
import { ContentError } from '../content/contentProblems';
import { loadContent } from '../knowledge/loadContent';
import { ServiceDirectory } from '../knowledge/services';
import { createMessages } from '../messages';

/**
 * `npm run teams:package`: the Teams app zip an admin uploads (Teams admin centre, or "Upload
 * a custom app"), for the bot registration in the configuration, checked against the schema.
 */
async function main(): Promise<number> {
  try {
    loadDotEnv();
    const config = loadConfig();
    const { knowledge } = loadContent(config.knowledgeDir, config.dialogsDir);
    const messages = createMessages(new ServiceDirectory(knowledge.services, config.localPals));
    const { version } = JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    const { zip, manifest } = await buildTeamsPackage({ botId: config.credentials.MicrosoftAppId, teams: config.teams, messages, version });
    const out = resolve(__dirname, '..', '..', 'dist', 'teams');
    mkdirSync(out, { recursive: true });
    const file = resolve(out, 'advice-line-bot-teams.zip');
    writeFileSync(file, zip);
    process.stdout.write(`Teams app package written: ${file}\n  app id ${String(manifest.id)}, bot ${config.credentials.MicrosoftAppId}, manifest v${String(manifest.manifestVersion)}, valid against its schema.\n`);
    return 0;
  } catch (error) {
    if (error instanceof TeamsPackageError || error instanceof ConfigError || error instanceof ContentError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
