import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Budgets, not estimates: each is several times what the step takes on this
// 2-core machine when it is busy, so a slow machine (four times slower than
// a quiet one, with other work on its cores) never fails a test; only a
// hang does. Tests wait on conditions (a response, a selector, a process
// exit), never on fixed sleeps. See README "Tests".
const UNIT_BUDGET = 300_000; // a few tests spawn node or npm
const SITE_BUDGET = 1_800_000; // one test walks every page, or drives a browser through every page kind
const SETUP_BUDGET = 1_800_000; // a hook may run a fixture build (over 8 min seen at load ~30 with two CPU burners) or launch Chromium

/**
 * Start the long poles first. Vitest orders projects by name (build, e2e,
 * tools, unit) and, on a first run with no timings cached (a fresh clone,
 * CI), files by size; the page tour, the slowest file, then started after
 * every built-output file and ended the run alone. Browser files go first,
 * the files named here first of all, then built output, tools and unit.
 * `astro check` (tools/types.test.ts) leads: mostly one thread, it runs
 * beside the browser files from the start and never ends the run alone.
 */
const LONG_POLES = ['tests/tools/types.test.ts', 'tests/e2e/tour-en.test.ts', 'tests/e2e/tour-zh-tw.test.ts', 'tests/e2e/csp.test.ts', 'tests/e2e/search.test.ts', 'tests/build/fixture-site.test.ts'];
const PROJECT_ORDER = ['e2e', 'build', 'tools', 'unit'];
class LongPolesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const pole = (f: TestSpecification) => {
      const i = LONG_POLES.findIndex((p) => f.moduleId.endsWith(p));
      return i < 0 ? LONG_POLES.length : i;
    };
    const project = (f: TestSpecification) => PROJECT_ORDER.indexOf(f.project.name);
    // Array.prototype.sort is stable: within a rank, vitest's own order stands.
    return base.sort((a, b) => pole(a) - pole(b) || project(a) - project(b));
  }
}

export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    sequence: { sequencer: LongPolesFirst },
    // Browser and built-output files spend much of their time waiting on
    // Chromium or a child process, so more workers than cores pays.
    maxWorkers: Math.max(4, os.availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure logic and the content, in-process: no dist/, no browser, no
          // child process, so `npm run test:quick` can run it in seconds.
          // Files share one module graph per worker (no isolation): none of
          // them mocks modules or leaves global state behind, and isolation
          // would cost more than the tests themselves.
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          isolate: false,
          testTimeout: UNIT_BUDGET,
          hookTimeout: UNIT_BUDGET,
        },
      },
      {
        extends: true,
        test: {
          name: 'tools',
          // The project's own commands run as an editor runs them, each a
          // child process: npm run new, check:content (archive, --watch),
          // the dependency checks, git history. No dist/, no browser.
          include: ['tests/tools/**/*.test.ts'],
          isolate: false,
          testTimeout: UNIT_BUDGET,
          hookTimeout: UNIT_BUDGET,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // The built site in dist/ (one build, by `npm test`), plus the
          // fixture builds in guard.test.ts and fixture-site.test.ts.
          include: ['tests/build/**/*.test.ts'],
          // Files in a worker share one module graph, so dist/ is read and
          // parsed once per worker (helpers/dist.ts caches it), not once per
          // file: on a quiet machine this project went from 30.7 s to 20.0 s
          // and its CPU time from 60 s to 37 s. Nothing here mocks modules;
          // the one test that sets an environment variable puts it back.
          isolate: false,
          testTimeout: SITE_BUDGET,
          hookTimeout: SETUP_BUDGET,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // Chromium against dist/: one server and one browser per file (tests/helpers/browser.ts).
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: SITE_BUDGET,
          hookTimeout: SETUP_BUDGET,
        },
      },
    ],
  },
});
