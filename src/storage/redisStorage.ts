import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';
import { ETagConflictError } from './eTagConflict';

/**
 * Checks every key's eTag, then writes them all with a fresh time to live, in one step that
 * no other instance can interleave with. Returns 0, or the 1-based index of the first key whose
 * stored eTag differs from the one the write was based on.
 * ARGV: ttlMs, then for each key: expected eTag ('' or '*' for any), JSON, new eTag.
 */
const WRITE_SCRIPT = `
local ttl = ARGV[1]
for i, key in ipairs(KEYS) do
  local expected = ARGV[i * 3 - 1]
  if expected ~= '' and expected ~= '*' then
    local current = redis.call('HGET', key, 'e')
    if current and current ~= expected then return i end
  end
end
for i, key in ipairs(KEYS) do
  redis.call('HSET', key, 'e', ARGV[i * 3 + 1], 'd', ARGV[i * 3])
  redis.call('PEXPIRE', key, ttl)
end
return 0
`;

interface ScriptedRedis extends Redis {
  writeWithETags(numKeys: number, ...args: string[]): Promise<number>;
}

export interface RedisStorageOptions {
  /** Keeps deployments (and tests) that share one Redis apart. */
  readonly keyPrefix: string;
  readonly ttlMs: number;
}

/**
 * Conversation state in Redis, so any instance behind a load balancer can serve any turn.
 * Same contract as botbuilder's stores: reads return copies with an eTag; a write based on a
 * stale eTag fails (the bot retries the turn), '*' or no eTag overwrites. Every key expires.
 */
export class RedisStorage implements Storage {
  private readonly redis: ScriptedRedis;

  constructor(redis: Redis, private readonly options: RedisStorageOptions) {
    redis.defineCommand('writeWithETags', { lua: WRITE_SCRIPT });
    this.redis = redis as ScriptedRedis;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    if (keys.length === 0) return found;
    const results = keys.length === 1
      ? [[null, await this.redis.hmget(this.key(keys[0] as string), 'e', 'd')]]
      : ((await this.redis.pipeline(keys.map((key) => ['hmget', this.key(key), 'e', 'd'])).exec()) ?? []);
    keys.forEach((key, i) => {
      const [error, value] = results[i] ?? [];
      if (error) throw error;
      const [eTag, json] = (value ?? []) as (string | null)[];
      if (eTag && json) found[key] = { ...JSON.parse(json), eTag };
    });
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const args: string[] = [String(this.options.ttlMs)];
    for (const key of keys) {
      const { eTag, ...data } = (changes[key] ?? {}) as { eTag?: unknown };
      args.push(typeof eTag === 'string' ? eTag : '', JSON.stringify(data), randomUUID());
    }
    const conflict = await this.redis.writeWithETags(keys.length, ...keys.map((key) => this.key(key)), ...args);
    if (conflict > 0) throw new ETagConflictError(keys[conflict - 1] as string);
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys.map((key) => this.key(key)));
  }

  private key(key: string): string {
    return `${this.options.keyPrefix}:state:${key}`;
  }
}
