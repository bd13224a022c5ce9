import type { Storage } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { BoundedMemoryStorage } from './boundedMemoryStorage';
import { OutageTolerantStorage } from './outageTolerantStorage';
import { RedisStorage } from './redisStorage';

/** The state store the configuration asks for; Redis needs the process's one client. */
export function createStorage(config: Config, logger: Logger, redis: Redis | undefined): Storage {
  const ttlMs = config.stateTtlMinutes * 60_000;
  switch (config.storage) {
    case 'memory':
      return new BoundedMemoryStorage({ maxItems: config.memoryMaxConversations, ttlMs });
    case 'redis':
      if (!redis) throw new Error('Redis storage needs a Redis client');
      return new OutageTolerantStorage(new RedisStorage(redis, { keyPrefix: config.hosting.redisKeyPrefix, ttlMs }), logger);
  }
}
