import type { Redis } from 'ioredis';

export interface Readiness {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, 'ok' | 'failing' | 'pending'>>;
}

/**
 * /readyz: may this instance take traffic? Content loaded (composeApp fails before listening
 * otherwise) and the state store reachable. /healthz only says the process is alive, so a
 * Redis outage takes instances out of rotation without having them restarted. `warmingUp`: while
 * the start-up's made-up turns still run through the HTTP path (after the server listens, before
 * it says "started"), not ready, so that no real person's turn meets the cold path or waits
 * behind the warm-up's turns.
 */
export function createReadiness(redis: Redis | undefined, warmingUp: () => boolean = () => false, timeoutMs = 1_000): () => Promise<Readiness> {
  return async () => {
    const storage = redis ? await ping(redis, timeoutMs) : true;
    const warming = warmingUp();
    return { ready: storage && !warming, checks: { content: 'ok', storage: storage ? 'ok' : 'failing', ...(warming ? { warmUp: 'pending' as const } : {}) } };
  };
}

async function ping(redis: Redis, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([redis.ping().then((reply) => reply === 'PONG', () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
