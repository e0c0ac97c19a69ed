import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Built-output and browser tests read one dist/ and start servers on
    // their own ports; files run in parallel, tests inside a file in order.
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
