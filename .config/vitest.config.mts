import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept out of the top level, which holds only what a newcomer needs to see first.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // End-to-end tests start real servers; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
