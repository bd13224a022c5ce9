import { spawn } from 'node:child_process';
import { DEFAULTS } from './config';

/**
 * `npm start`: the bot (index.ts) in a node process started with the V8 heap settings in
 * DEFAULTS.hosting.v8. V8 fixes its heap's sizes when a process starts, so they are flags
 * on the command line, not settings the bot could change once running. A host that starts
 * node itself (a container's command, App Service's startup command) can run this file or
 * pass the same flags to `node lib/index.js`.
 */
export function startFlags(v8: { readonly semiSpaceMb: number; readonly minSemiSpaceMb: number; readonly heapLimitMb: number } = DEFAULTS.hosting.v8): string[] {
  return [`--min-semi-space-size=${v8.minSemiSpaceMb}`, `--max-semi-space-size=${v8.semiSpaceMb}`, `--max-old-space-size=${v8.heapLimitMb}`];
}

function main(): void {
  // Flags given to this launcher (a debugger, tsx in development) go on to the bot.
  const bot = spawn(process.execPath, [...startFlags(), ...process.execArgv, require.resolve('./index'), ...process.argv.slice(2)], { stdio: 'inherit' });
  // The bot shuts down gracefully on SIGTERM; Ctrl+C reaches it from the terminal by itself.
  process.on('SIGTERM', () => bot.kill('SIGTERM'));
  process.on('SIGINT', () => undefined);
  bot.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (require.main === module) main();
