import { describe, expect, it } from 'vitest';
import { createReadiness } from '../../../src/hosting/readiness';

describe('readiness (/readyz)', () => {
  it('says not ready while the start-up warm-up runs, and ready once it has finished', async () => {
    let warming = true;
    const readiness = createReadiness(undefined, () => warming);
    expect(await readiness()).toEqual({ ready: false, checks: { content: 'ok', storage: 'ok', warmUp: 'pending' } });
    warming = false;
    expect(await readiness()).toEqual({ ready: true, checks: { content: 'ok', storage: 'ok' } });
  });
});
