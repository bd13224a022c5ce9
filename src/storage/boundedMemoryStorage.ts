import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError } from './eTagConflict';

interface Stored {
  readonly json: string;
  readonly eTag: string;
  readonly expiresAt: number;
}

/**
 * Like botbuilder's MemoryStorage (same eTag rules, copies on read and write), but it forgets
 * conversations: items expire after a time-to-live, and past a size limit the least recently
 * used go first. The stock MemoryStorage keeps every conversation forever.
 */
export class BoundedMemoryStorage implements Storage {
  private readonly items = new Map<string, Stored>();
  private nextETag = 1;

  constructor(
    private readonly options: { readonly maxItems: number; readonly ttlMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.items.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    const now = this.now();
    for (const key of keys) {
      const item = this.items.get(key);
      if (!item) continue;
      this.items.delete(key);
      if (item.expiresAt <= now) continue;
      this.items.set(key, item); // re-insert: Map order is our recency order
      found[key] = { ...JSON.parse(item.json), eTag: item.eTag };
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = this.now();
    for (const [key, value] of Object.entries(changes)) {
      const existing = this.items.get(key);
      const incoming = (value ?? {}) as { eTag?: string };
      const live = existing && existing.expiresAt > now ? existing : undefined;
      if (live && incoming.eTag && incoming.eTag !== '*' && incoming.eTag !== live.eTag) {
        throw new ETagConflictError(key);
      }
      const { eTag: _ignored, ...data } = incoming;
      this.items.delete(key);
      this.items.set(key, { json: compactCopy(JSON.stringify(data)), eTag: String(this.nextETag++), expiresAt: now + this.options.ttlMs });
    }
    this.evict();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  private evict(): void {
    while (this.items.size > this.options.maxItems) {
      const oldest = this.items.keys().next();
      if (oldest.done) return;
      this.items.delete(oldest.value);
    }
  }
}

/**
 * The same JSON, one byte a character. JSON.stringify builds a two-byte string as soon as one
 * string in the item is held two-byte in memory, as text sliced from a YAML file with a single
 * non-Latin-1 character anywhere in it is: a stored flow conversation took twice its length.
 */
function compactCopy(json: string): string {
  return Buffer.from(json, 'utf8').toString('utf8');
}
