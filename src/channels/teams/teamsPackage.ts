import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import { strToU8, zipSync } from 'fflate';
import type { TeamsSettings } from '../../config';
import type { Messages } from '../../messages';
import { colourIcon, outlineIcon } from './icons';

export class TeamsPackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The Teams app package cannot be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}

/** The folder of Teams manifest schemas shipped by Microsoft's maintained @microsoft/app-manifest. */
function schemaFolder(): string {
  return resolve(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
}

/** The newest released manifest schema the installed package has (preview schemas left out). */
export function currentManifestVersion(): string {
  const versions = readdirSync(schemaFolder())
    .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(b[1]) - Number(a[1]) || Number(b[2]) - Number(a[2]));
  const newest = versions[0];
  if (!newest) throw new Error('No Teams manifest schema found in @microsoft/app-manifest');
  return `${newest[1]}.${newest[2]}`;
}

export function manifestSchema(version: string): object {
  // Some released schemas have regex escapes JSON does not allow (\a, \v); the package's own loader fixes them the same way.
  const text = readFileSync(resolve(schemaFolder(), `v${version}`, 'MicrosoftTeams.schema.json'), 'utf8');
  return JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/** Checks a manifest against its schema, offline; returns the problems found. */
export async function validateManifest(manifest: { manifestVersion: string }): Promise<string[]> {
  const schema = manifestSchema(manifest.manifestVersion) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as TeamsManifest, schema);
}

/** A stable app id for a bot: packaging again updates the same app rather than adding another. */
function appIdFor(botId: string): string {
  const hex = createHash('sha256').update(`advice-line-bot teams app ${botId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export interface TeamsPackageInput {
  readonly botId: string;
  readonly teams: TeamsSettings;
  readonly messages: Messages;
  readonly version: string;
}

export function buildManifest({ botId, teams, messages, version }: TeamsPackageInput): Record<string, unknown> {
  const manifestVersion = currentManifestVersion();
  const app = messages.teamsApp;
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
    manifestVersion,
    version,
    id: teams.appId || appIdFor(botId),
    developer: { name: teams.developerName, websiteUrl: teams.websiteUrl, privacyUrl: teams.privacyUrl, termsOfUseUrl: teams.termsUrl },
    name: { short: app.shortName, full: app.fullName },
    description: { short: app.shortDescription, full: app.fullDescription },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#005EB8',
    bots: [
      {
        botId,
        scopes: ['personal'],
        isNotificationOnly: false,
        supportsFiles: false,
        commandLists: [{ scopes: ['personal'], commands: app.commands.map((c) => ({ ...c })) }],
      },
    ],
    validDomains: [],
  };
}

/** The zip an admin uploads to Teams: manifest.json and the two icons, after checking the manifest. */
export async function buildTeamsPackage(input: TeamsPackageInput): Promise<{ zip: Uint8Array; manifest: Record<string, unknown> }> {
  const problems: string[] = [];
  if (!input.botId) problems.push('set MicrosoftAppId to the app id of your Azure Bot registration');
  const { teams } = input;
  if (!teams.developerName) problems.push('set TEAMS_DEVELOPER_NAME to the name of your organisation (at most 32 characters)');
  for (const [name, value] of [['TEAMS_WEBSITE_URL', teams.websiteUrl], ['TEAMS_PRIVACY_URL', teams.privacyUrl], ['TEAMS_TERMS_URL', teams.termsUrl]] as const) {
    if (!/^https:\/\/\S+$/.test(value)) problems.push(`set ${name} to a web address starting https://`);
  }
  if (problems.length > 0) throw new TeamsPackageError(problems);

  const manifest = buildManifest(input);
  const invalid = await validateManifest(manifest as { manifestVersion: string });
  if (invalid.length > 0) throw new TeamsPackageError(invalid.map((p) => `manifest.json: ${p}`));
  const zip = zipSync({
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    'color.png': colourIcon(),
    'outline.png': outlineIcon(),
  });
  return { zip, manifest };
}
