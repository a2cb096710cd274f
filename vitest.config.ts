import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // A guard against a hang, not a speed check (speed is `npm run bench`'s): the property tests
    // take 9–17 s on a quiet 2-core machine and must pass with both cores busy.
    testTimeout: 180_000,
  },
});
