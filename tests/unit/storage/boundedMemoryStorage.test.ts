import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../../src/storage/boundedMemoryStorage';

function storageAt(start = 0, options = { maxItems: 3, ttlMs: 1000 }) {
  let now = start;
  const storage = new BoundedMemoryStorage(options, () => now);
  return { storage, advance: (ms: number) => (now += ms) };
}

describe('bounded memory storage', () => {
  it('reads back what was written, as a copy with an eTag', async () => {
    const { storage } = storageAt();
    const item = { step: 'intro' };
    await storage.write({ a: item });
    item.step = 'changed after writing';
    const read = await storage.read(['a', 'missing']);
    expect(read).toEqual({ a: { step: 'intro', eTag: '1' } });
  });

  it('reads back any text exactly as written, whatever its characters (lone surrogates included)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) => {
        const { storage } = storageAt();
        await storage.write({ a: { text } });
        expect((await storage.read(['a'])).a?.text).toBe(text);
      }),
    );
  });

  it('forgets a conversation left alone longer than the time to live', async () => {
    const { storage, advance } = storageAt();
    await storage.write({ a: { n: 1 } });
    advance(999);
    expect(await storage.read(['a'])).toHaveProperty('a');
    advance(1);
    expect(await storage.read(['a'])).toEqual({});
  });

  it('keeps at most maxItems, forgetting the least recently used first', async () => {
    const { storage } = storageAt();
    await storage.write({ a: {}, b: {}, c: {} });
    await storage.read(['a']);
    await storage.write({ d: {} });
    expect(Object.keys(await storage.read(['a', 'b', 'c', 'd'])).sort()).toEqual(['a', 'c', 'd']);
    expect(storage.size).toBe(3);
  });

  it('refuses a write based on a stale eTag, as botbuilder storages do', async () => {
    const { storage } = storageAt();
    await storage.write({ a: { n: 1 } });
    const first = (await storage.read(['a'])).a as { eTag: string };
    await storage.write({ a: { n: 2, eTag: first.eTag } });
    await expect(storage.write({ a: { n: 3, eTag: first.eTag } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ a: { n: 4, eTag: '*' } });
    expect(((await storage.read(['a'])).a as { n: number }).n).toBe(4);
  });

  it('deletes items', async () => {
    const { storage } = storageAt();
    await storage.write({ a: {} });
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
  });
});
