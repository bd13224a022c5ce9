import type { Redis } from 'ioredis';
import type { Server } from 'restify';
import type { Logger } from '../logger';

export interface ShutdownOptions {
  readonly server: Server;
  readonly redis: Redis | undefined;
  readonly logger: Logger;
  /** In-flight requests get this long to finish; then connections are cut. */
  readonly graceMs: number;
}

/**
 * SIGTERM from the platform (a deploy, a scale-in): stop accepting connections, let turns in
 * flight finish, then close Redis. Resolves when done; the caller exits the process.
 */
export async function shutDown({ server, redis, logger, graceMs }: ShutdownOptions): Promise<void> {
  logger.info('shutting-down', { graceMs });
  const started = Date.now();
  const http = server.server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Idle keep-alive connections would otherwise hold the server open until they time out.
  http.closeIdleConnections();
  const idleSweep = setInterval(() => http.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), graceMs);
  });
  const outcome = await Promise.race([closed.then(() => 'drained' as const), deadline]);
  clearInterval(idleSweep);
  clearTimeout(timer);
  if (outcome === 'timeout') http.closeAllConnections();
  if (redis) await redis.quit().catch(() => redis.disconnect());
  logger.info('shut-down', { outcome, ms: Date.now() - started });
}
