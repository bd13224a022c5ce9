import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import { BoundedMemoryStorage } from './boundedMemoryStorage';

/** The state store the configuration asks for. */
export function createStorage(config: Config): Storage {
  switch (config.storage) {
    case 'memory':
      return new BoundedMemoryStorage({ maxItems: config.memoryMaxConversations, ttlMs: config.stateTtlMinutes * 60_000 });
  }
}
