import pino from 'pino';
import { redact } from './privacy/redact';

/**
 * Structured, one-line JSON logs (pino). Callers pass event names and ids of our own content
 * only: never message text, names or channel user ids, because people type personal and
 * medical details whatever we ask. Any text that does reach a log is redacted on the way.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /**
   * For the start-up warm-up, whose made-up turns must not reach the logs: while on, info and
   * warn lines are made as ever (pino, redaction: that code is then warm for a person's first
   * turn) and thrown away at the last step; errors still go out. A logger that writes nowhere
   * (tests') needs none.
   */
  withhold?(on: boolean): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface PinoLogger extends Logger {
  /** Writes out anything buffered; call before the process exits. */
  flush(): void;
  withhold(on: boolean): void;
}

/**
 * `write` receives each line (tests capture them); without it lines go to stdout through a
 * buffer written out when it fills or every quarter second: a write per log line cost ~8% of
 * a turn under load.
 */
export function createLogger(write?: (line: string) => void, level: LogLevel = 'info'): PinoLogger {
  const out = write ? { write } : bufferedStdout();
  let withholding = false;
  // pino hands a line to its destination within the call that logs it, so the logging call says
  // beforehand whether its line goes out.
  let lineGoesOut = true;
  const destination = { write: (line: string) => void (lineGoesOut && out.write(line)) };
  const base = pino(
    {
      level,
      base: undefined,
      messageKey: 'event',
      timestamp: isoTimeBySecond(),
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const log = (method: 'info' | 'warn' | 'error') => (event: string, fields?: LogFields): void => {
    if (!base.isLevelEnabled(method)) return;
    lineGoesOut = !withholding || method === 'error';
    base[method](fields ? redactFields(fields) : {}, event);
  };
  return {
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    flush: () => {
      if ('flushSync' in out) out.flushSync();
    },
    withhold: (on) => {
      withholding = on;
    },
  };
}

/**
 * Lines are handed to the buffer as bytes: buffering strings, sonic-boom appends each line to
 * the buffered text and measures it in bytes, which flattens all of it on every line (~15 KB
 * of garbage a turn, a tenth of all a turn allocated); as bytes it keeps a list and joins it once per write.
 */
function bufferedStdout(): { write(line: string): void; flushSync(): void } {
  const stream = pino.destination({ dest: 1, sync: false, minLength: 8 * 1024, periodicFlush: 250, contentMode: 'buffer' } as Parameters<typeof pino.destination>[0]);
  const bytes = stream as unknown as { write(chunk: Buffer): boolean };
  return {
    write: (line) => void bytes.write(Buffer.from(line)),
    flushSync: () => stream.flushSync(),
  };
}

/**
 * pino's isoTime (`,"time":"2026-12-01T02:49:53.422Z"`), the same text, with the date and time
 * to the second worked out once a second: a Date and its ISO text for every line was ~1% of a turn.
 */
export function isoTimeBySecond(now: () => number = Date.now): () => string {
  let second = Number.NaN;
  let upToSecond = '';
  return () => {
    const ms = now();
    const thisSecond = Math.floor(ms / 1000);
    if (thisSecond !== second) {
      second = thisSecond;
      // "2026-12-01T02:49:53." of "2026-12-01T02:49:53.000Z"
      upToSecond = new Date(thisSecond * 1000).toISOString().slice(0, -4);
    }
    return `,"time":"${upToSecond}${String(ms - thisSecond * 1000).padStart(3, '0')}Z"`;
  };
}

function redactFields(fields: LogFields): LogFields {
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = typeof value === 'string' ? redact(value) : value;
  return out;
}

/** For tests and tools that want silence. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** An error's kind and first line, without its message's user data (which could hold text). */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) return { errorName: error.name, errorAt: error.stack?.split('\n')[1]?.trim() };
  return { errorName: typeof error };
}
