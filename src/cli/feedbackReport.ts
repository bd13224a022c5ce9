import { loadConfig, loadDotEnv } from '../config';
import { FEEDBACK_REPORT_PATH } from '../channels/feedbackReport';

/**
 * `npm run report:feedback [-- http://127.0.0.1:3978]`: helpful / not helpful counts per Q&A
 * entry from the running bot, for content editors. Run it on the bot's own machine (the bot
 * answers this report only there). It holds entry ids and counts, never what anyone typed.
 */
async function main(): Promise<number> {
  loadDotEnv();
  const base = process.argv[2] ?? `http://127.0.0.1:${loadConfig().port}`;
  let entries: { entry: string; helpful: number; notHelpful: number }[];
  try {
    const response = await fetch(`${base}${FEEDBACK_REPORT_PATH}`);
    if (!response.ok) throw new Error(`it answered ${response.status}`);
    ({ entries } = (await response.json()) as { entries: typeof entries });
  } catch (error) {
    process.stderr.write(`Could not read the feedback report from ${base}: ${error instanceof Error ? error.message : String(error)}. Is the bot running there?\n`);
    return 1;
  }
  if (entries.length === 0) {
    process.stdout.write('No feedback yet (counts start again when the bot restarts).\n');
    return 0;
  }
  const width = Math.max(5, ...entries.map((e) => e.entry.length));
  const lines = [`${'entry'.padEnd(width)}  helpful  not helpful`, ...entries.map((e) => `${e.entry.padEnd(width)}  ${String(e.helpful).padStart(7)}  ${String(e.notHelpful).padStart(11)}`)];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
