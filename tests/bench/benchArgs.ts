/** `--name value` from the command line, or the fallback when it is not given. */
export function textOption(name: string, fallback: string, args: readonly string[] = process.argv.slice(2)): string {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}
