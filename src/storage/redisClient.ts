import { Redis } from 'ioredis';

/**
 * One connection per process. A turn must not wait for Redis to come back: with no offline
 * queue and one retry, commands fail fast during an outage (the bot carries on without
 * state) while the client keeps reconnecting in the background.
 * `rediss://` URLs use TLS and a password in the URL is sent (Azure Cache for Redis needs both).
 */
export function createRedisClient(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    commandTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}

/** Resolves once the client can take commands (or rejects after `timeoutMs`). */
export function whenRedisReady(redis: Redis, timeoutMs = 10_000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error(`Redis was not reachable within ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = (): void => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}
