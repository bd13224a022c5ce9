import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Where a limiter keeps its counts: this process's memory, or Redis, shared by every instance. */
export interface LimitStore {
  readonly redis?: Redis;
  /** Keeps deployments (and limits) sharing one Redis apart. */
  readonly keyPrefix: string;
}

/**
 * A budget of `points` requests per key per minute; undefined when the budget is 0 (no limit).
 * In Redis it falls back to per-instance memory while Redis is down.
 */
export function perMinuteLimiter(name: string, points: number, store: LimitStore): RateLimiterAbstract | undefined {
  if (points <= 0) return undefined;
  const options = { keyPrefix: `${store.keyPrefix}:limit:${name}`, points, duration: 60 };
  if (!store.redis) return new RateLimiterMemory(options);
  return new RateLimiterRedis({ ...options, storeClient: store.redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
}

/**
 * Takes one request from the key's budget: undefined when it may go on, otherwise how many
 * seconds to wait (for Retry-After). A failing store throws; each caller decides what that means.
 */
export async function secondsToWait(limiter: RateLimiterAbstract, key: string): Promise<number | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  }
}
