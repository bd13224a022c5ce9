/**
 * Structured, one-line JSON logs. Callers pass event names and ids of our own content only:
 * never message text, names or channel user ids, because people type personal and medical
 * details whatever we ask.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const log = (level: string, event: string, fields: LogFields = {}): void => {
    write(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
  };
  return {
    info: (event, fields) => log('info', event, fields),
    warn: (event, fields) => log('warn', event, fields),
    error: (event, fields) => log('error', event, fields),
  };
}

/** For tests and tools that want silence. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** An error's kind and first line, without its message's user data (which could hold text). */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) return { errorName: error.name, errorAt: error.stack?.split('\n')[1]?.trim() };
  return { errorName: typeof error };
}
