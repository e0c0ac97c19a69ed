import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Built-output and browser tests read one dist/ and start servers on
    // their own ports; files run in parallel, tests inside a file in order.
    testTimeout: 30_000,
    // Browser files spend much of their time waiting on Chromium, so more
    // workers than cores pays: on 2 cores, 4 workers take the suite from
    // about 165 s to 100 s.
    maxWorkers: Math.max(4, os.availableParallelism() - 1),
    hookTimeout: 180_000,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
