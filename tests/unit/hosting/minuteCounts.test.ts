import fc from 'fast-check';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { MinuteCounts } from '../../../src/hosting/minuteCounts';
import { perMinuteLimiter } from '../../../src/hosting/rateLimiting';

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('counts of requests per key over the last minute', () => {
  it('count one key exactly when it is alone', () => {
    const counts = new MinuteCounts(clock().now);
    const seen = Array.from({ length: 5 }, () => counts.add('conversation-a').count);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('never count a key lower than its requests this minute, however many other keys pass', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 300 }), fc.string({ minLength: 1 }), (others, key) => {
        const counts = new MinuteCounts(clock().now);
        let own = 0;
        for (const other of others) {
          if (other === key) own++;
          counts.add(other);
        }
        expect(counts.add(key).count).toBeGreaterThanOrEqual(own + 1);
      }),
    );
  });

  it('keep other keys out of a key\'s count when a minute brings 50,000 conversations', () => {
    const counts = new MinuteCounts(clock().now);
    for (let i = 0; i < 50_000; i++) counts.add(`bench-conversation-${i}`);
    expect(counts.add('someone-new').count).toBeLessThanOrEqual(3);
  });

  it('weigh the last minute by the part of it still inside the sliding minute, and forget it after two', () => {
    const time = clock();
    const counts = new MinuteCounts(time.now);
    for (let i = 0; i < 10; i++) counts.add('a');
    time.advance(60_000 + 15_000);
    expect(counts.add('a').count).toBeCloseTo(1 + 10 * 0.75);
    time.advance(120_000);
    expect(counts.add('a').count).toBe(1);
  });
});

describe('a per-minute limiter in memory', () => {
  it('let a key through up to its budget, then say how many seconds to wait', async () => {
    const limiter = perMinuteLimiter('conversation', 3, { keyPrefix: 'test' });
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await limiter?.take('conversation-a'));
    expect(waits.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(waits[3]).toBeGreaterThanOrEqual(1);
    expect(waits[3]).toBeLessThanOrEqual(60);
    expect(await limiter?.take('conversation-b')).toBeUndefined();
  });

  it('not exist when the budget is 0', () => {
    expect(perMinuteLimiter('conversation', 0, { keyPrefix: 'test' })).toBeUndefined();
  });
});

describe('a per-minute limiter in Redis while Redis is down', () => {
  it('still hold each key to its budget, counted in this process\'s fixed-size memory', async () => {
    // Never connected: the limiter finds Redis not ready, as in an outage, without any network.
    const redis = new Redis({ lazyConnect: true, enableOfflineQueue: false });
    const limiter = perMinuteLimiter('conversation', 2, { redis, keyPrefix: 'test' });
    const waits = [];
    for (let i = 0; i < 3; i++) waits.push(await limiter?.take('conversation-a'));
    expect(waits.slice(0, 2)).toEqual([undefined, undefined]);
    expect(waits[2]).toBeGreaterThanOrEqual(1);
    expect(await limiter?.take('conversation-b')).toBeUndefined();
    redis.disconnect();
  });
});
