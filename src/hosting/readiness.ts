import type { Redis } from 'ioredis';

export interface Readiness {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, 'ok' | 'failing'>>;
}

/**
 * /readyz: may this instance take traffic? Content loaded (composeApp fails before listening
 * otherwise) and the state store reachable. /healthz only says the process is alive, so a
 * Redis outage takes instances out of rotation without having them restarted.
 */
export function createReadiness(redis: Redis | undefined, timeoutMs = 1_000): () => Promise<Readiness> {
  return async () => {
    const storage = redis ? await ping(redis, timeoutMs) : true;
    return { ready: storage, checks: { content: 'ok', storage: storage ? 'ok' : 'failing' } };
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
