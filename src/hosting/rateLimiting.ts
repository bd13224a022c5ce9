import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { MinuteCounts } from './minuteCounts';

/** Where a limiter keeps its counts: this process's memory, or Redis, shared by every instance. */
export interface LimitStore {
  readonly redis?: Redis;
  /** Keeps deployments (and limits) sharing one Redis apart. */
  readonly keyPrefix: string;
}

/** A budget of requests per key per minute. */
export interface MinuteLimiter {
  /**
   * Takes one request from the key's budget: undefined when it may go on, otherwise how many
   * seconds to wait (for Retry-After). A failing store throws; each caller decides what that means.
   */
  take(key: string): Promise<number | undefined>;
}

/**
 * A budget of `points` requests per key per minute; undefined when the budget is 0 (no limit).
 * In memory its size is fixed however many keys pass (every request may be a new conversation);
 * in Redis it falls back to per-instance memory of the same fixed size while Redis is down.
 */
export function perMinuteLimiter(name: string, points: number, store: LimitStore): MinuteLimiter | undefined {
  if (points <= 0) return undefined;
  if (!store.redis) return inMemory(points);
  const limiter = new RateLimiterRedis({ keyPrefix: `${store.keyPrefix}:limit:${name}`, points, duration: 60, storeClient: store.redis, rejectIfRedisNotReady: true });
  // rate-limiter-flexible's own insurance limiter keeps a record and a timer per key: unbounded while Redis is down.
  const insurance = inMemory(points);
  return {
    take: async (key) => {
      try {
        await limiter.consume(key);
        return undefined;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) return insurance.take(key);
        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      }
    },
  };
}

function inMemory(points: number): MinuteLimiter {
  const counts = new MinuteCounts();
  return {
    take: async (key) => {
      const { count, msToNextWindow } = counts.add(key);
      return count > points ? Math.max(1, Math.ceil(msToNextWindow / 1000)) : undefined;
    },
  };
}
