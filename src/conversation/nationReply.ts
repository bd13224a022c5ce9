import type { NationRules } from '../knowledge/intents/nations';
import type { ServiceDirectory } from '../knowledge/services';
import type { Nation } from '../knowledge/types';
import type { Messages } from '../messages';
import type { Reply } from './replies';

/**
 * "Does this apply in Scotland?": the leaflet is about the NHS, so say that, and name the
 * services of the nations asked about (England's too when it is the only one named, or all are).
 */
export function nationReply(nations: readonly Nation[], rules: NationRules, services: ServiceDirectory, messages: Messages): Reply {
  // Asked about the whole UK: every nation, England too.
  const asked = nations.length === rules.nations.length ? [...nations] : nations.filter((n) => n !== 'England');
  const shown = asked.length > 0 ? asked : [...nations];
  const ids = [...new Set(rules.nations.filter((n) => shown.includes(n.nation)).flatMap((n) => n.services))];
  const names = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}` : (shown[0] ?? '');
  const intro = asked.length > 0 ? messages.understanding.nations(names, asked.length > 1) : messages.understanding.nationsEngland;
  return { text: [intro, ...ids.map((id) => services.describe(id))].join('\n\n') };
}
