import { loadConfig } from '../config';
import { ContentError } from '../content/contentProblems';
import { loadContent } from '../knowledge/loadContent';
import { loadSafetyRules } from '../safety';

/**
 * `npm run content:check`: the same checks start-up makes (knowledge/, dialogs/ and the safety rules), for a content editor, without
 * starting the server. Exit code 1 when anything is wrong.
 */
function main(): number {
  const config = loadConfig();
  try {
    const { knowledge, flows } = loadContent(config.knowledgeDir, config.dialogsDir);
    const safety = loadSafetyRules(config.safetyDir);
    const examples = safety.specs.reduce((sum, r) => sum + r.mustTrigger.length + r.mustNotTrigger.length + r.possibleOnly.length, 0);
    const alternates = knowledge.entries.reduce((sum, e) => sum + e.alternates.length, 0);
    process.stdout.write(
      `Content OK: ${knowledge.entries.length} entries (${alternates} alternate phrasings), ` +
        `${knowledge.synonyms.length} synonym groups, ${knowledge.services.length} services, ` +
        `${knowledge.leaflet.sections.length} leaflet sections; ${flows.length} guided flows (${flows.map((f) => f.id).join(', ')}); ` +
        `${safety.specs.length} safety rules, each passing its own examples (${examples} in all).\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
