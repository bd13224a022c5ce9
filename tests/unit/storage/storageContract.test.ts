import type { Storage } from 'botbuilder';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../../src/storage/boundedMemoryStorage';
import { NOT_STORED_YET } from '../../../src/storage/eTagConflict';
import { createRedisClient, whenRedisReady } from '../../../src/storage/redisClient';
import { RedisStorage } from '../../../src/storage/redisStorage';
import { sharedRedis } from '../../support/redisServer';

/** What botbuilder's ConversationState relies on, checked the same way for every store we ship. */
interface StoreUnderTest {
  readonly storage: Storage;
  /** Resolves once `key`, written with this store's short TTL, has been forgotten. */
  forgotten(key: string): Promise<void>;
}

const TTL_MS = 300;
let redis: Redis;
let redisServer: Awaited<ReturnType<typeof sharedRedis>>;
beforeAll(async () => {
  redisServer = await sharedRedis();
  redis = createRedisClient(redisServer.url);
  await whenRedisReady(redis);
});
afterAll(async () => {
  redis.disconnect();
  await redisServer.close();
});

let storeCount = 0;
const stores: Record<string, () => StoreUnderTest> = {
  'bounded memory': () => {
    let now = 0;
    const storage = new BoundedMemoryStorage({ maxItems: 100, ttlMs: TTL_MS }, () => now);
    return {
      storage,
      forgotten: async () => {
        now += TTL_MS;
      },
    };
  },
  redis: () => {
    const storage = new RedisStorage(redis, { keyPrefix: `${redisServer.keyPrefix}-${storeCount++}`, ttlMs: TTL_MS });
    return {
      storage,
      // Redis expires keys itself: wait until it has (no timing is asserted, only the outcome).
      forgotten: async (key) => {
        while (Object.keys(await storage.read([key])).length > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      },
    };
  },
};

describe.each(Object.keys(stores))('the %s store keeps the Storage contract', (name) => {
  const make = stores[name] as () => StoreUnderTest;

  it('reads back what was written, with an eTag, and nothing for unknown keys', async () => {
    const { storage } = make();
    await storage.write({ a: { step: 'intro', nested: { list: [1, 2] } }, b: { n: 2 } });
    const read = await storage.read(['a', 'b', 'missing']);
    expect(Object.keys(read).sort()).toEqual(['a', 'b']);
    expect(read.a).toMatchObject({ step: 'intro', nested: { list: [1, 2] } });
    expect(typeof read.a.eTag).toBe('string');
    expect(await storage.read([])).toEqual({});
  });

  it('gives a new eTag on every write', async () => {
    const { storage } = make();
    await storage.write({ a: { n: 1 } });
    const first = (await storage.read(['a'])).a.eTag as string;
    await storage.write({ a: { n: 2, eTag: first } });
    const second = (await storage.read(['a'])).a;
    expect(second.n).toBe(2);
    expect(second.eTag).not.toBe(first);
  });

  it('refuses a write based on a stale eTag and keeps the newer state', async () => {
    const { storage } = make();
    await storage.write({ a: { n: 1 } });
    const stale = (await storage.read(['a'])).a.eTag as string;
    await storage.write({ a: { n: 2, eTag: stale } });
    await expect(storage.write({ a: { n: 3, eTag: stale } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['a'])).a.n).toBe(2);
  });

  it("overwrites whatever is there when the eTag is '*' or absent", async () => {
    const { storage } = make();
    await storage.write({ a: { n: 1 } });
    await storage.write({ a: { n: 2, eTag: '*' } });
    expect((await storage.read(['a'])).a.n).toBe(2);
    await storage.write({ a: { n: 3 } });
    expect((await storage.read(['a'])).a.n).toBe(3);
  });

  it('refuses to create an item written on the understanding that it did not exist yet, when it does', async () => {
    const { storage } = make();
    await storage.write({ fresh: { n: 1, eTag: NOT_STORED_YET } });
    await expect(storage.write({ fresh: { n: 2, eTag: NOT_STORED_YET } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['fresh'])).fresh.n).toBe(1);
  });

  it('deletes items, and deleting a missing one is fine', async () => {
    const { storage } = make();
    await storage.write({ a: { n: 1 }, b: { n: 2 } });
    await storage.delete(['a', 'missing']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });

  it('forgets an item left alone longer than its time to live', async () => {
    const { storage, forgotten } = make();
    await storage.write({ a: { n: 1 } });
    expect(await storage.read(['a'])).toHaveProperty('a');
    await forgotten('a');
    expect(await storage.read(['a'])).toEqual({});
  });
});

describe('the redis store', () => {
  it('puts a time to live on every key, under its deployment prefix', async () => {
    const storage = new RedisStorage(redis, { keyPrefix: `${redisServer.keyPrefix}-ttl`, ttlMs: 60_000 });
    await storage.write({ 'msteams/conversations/x': { n: 1 }, other: { n: 2 } });
    const keys = await redis.keys(`${redisServer.keyPrefix}-ttl:*`);
    expect(keys.sort()).toEqual([`${redisServer.keyPrefix}-ttl:state:msteams/conversations/x`, `${redisServer.keyPrefix}-ttl:state:other`]);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('writes all keys or none when one of them conflicts', async () => {
    const storage = new RedisStorage(redis, { keyPrefix: `${redisServer.keyPrefix}-atomic`, ttlMs: 60_000 });
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const read = await storage.read(['a', 'b']);
    await storage.write({ b: { n: 2, eTag: read.b.eTag } });
    await expect(storage.write({ a: { n: 9, eTag: read.a.eTag }, b: { n: 9, eTag: read.b.eTag } })).rejects.toThrow(/eTag conflict/);
    const after = await storage.read(['a', 'b']);
    expect([after.a.n, after.b.n]).toEqual([1, 2]);
  });
});
