import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config';
import { ContentError } from '../content/contentProblems';
import { copiedSentences } from '../knowledge/loading/ownWords';
import { displayPath } from '../content/yamlFile';
import { loadContent } from '../knowledge/loadContent';
import { KNOWLEDGE_LAYOUT } from '../knowledge/loading/loadKnowledge';
import { loadSafetyRules } from '../safety';

/**
 * `npm run content:check`: the same checks start-up makes (knowledge/, dialogs/ and the safety
 * rules), for a content editor, without starting the server; and, when the leaflet's text is at
 * hand, that no sentence of it is copied word for word. Exit code 1 when anything is wrong.
 */
function main(): number {
  const config = loadConfig();
  try {
    const { knowledge, flows, intents } = loadContent(config.knowledgeDir, config.dialogsDir);
    const leafletPath = [config.knowledgeDir, resolve(config.knowledgeDir, '../../shared/seeds')].map((dir) => join(dir, knowledge.leaflet.file)).find(existsSync);
    if (leafletPath) {
      const asked = join(config.knowledgeDir, KNOWLEDGE_LAYOUT.askedPhrasings);
      const files = [...[join(config.knowledgeDir, 'qa'), config.dialogsDir].flatMap(yamlFiles), ...(existsSync(asked) ? [asked] : [])].map((path) => ({ name: displayPath(path), text: readFileSync(path, 'utf8') }));
      const copied = copiedSentences(readFileSync(leafletPath, 'utf8'), files);
      if (copied.length > 0) throw new ContentError(copied);
    }
    const safety = loadSafetyRules(config.safetyDir, { modelCache: config.safetyModelCache });
    const examples = safety.specs.reduce((sum, r) => sum + r.mustTrigger.length + r.mustNotTrigger.length + r.possibleOnly.length, 0);
    const alternates = knowledge.entries.reduce((sum, e) => sum + e.alternates.length, 0);
    const asked = [...knowledge.asked.byEntry.values()].reduce((sum, list) => sum + list.length, 0);
    process.stdout.write(
      `Content OK: ${knowledge.entries.length} entries (${alternates} alternate phrasings, ${asked} more ways people ask, ${knowledge.asked.notAboutUs.length} questions about other things and ${knowledge.asked.notOursLearnt.length} more learnt only), ` +
        `${knowledge.synonyms.length} synonym groups, ${knowledge.services.length} services, ` +
        `${knowledge.leaflet.sections.length} leaflet sections; ${flows.length} guided flows (${flows.map((f) => f.id).join(', ')}); ` +
        `${intents.complaints.signals.length} groups of complaint signals, ${intents.nations.nations.length} nations, ${intents.typedAnswers.families.length} families of typed answers; ` +
        `${safety.specs.length} safety rules, each passing its own examples (${examples} in all).\n` +
        (leafletPath ? 'No leaflet sentence is copied word for word.\n' : `The leaflet text (${knowledge.leaflet.file}) was not found, so copied sentences were not checked.\n`),
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

function yamlFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(folder, name)) : [];
}

process.exitCode = main();
