// Ends the run with plain lines a CI log reader can parse without vitest's
// colours and layout: "tests: N passed, N failed", preceded, when the run
// included tests/content and the source archive was absent, by the
// "quotes: NOT VERIFIED" line (so a fresh clone's green run says what it
// did not check; see tests/tools/archive.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { archiveDir, notVerifiedLine } from '../../src/lib/content/quotes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of testModules) {
      // A failed hook leaves its tests "skipped": they did not pass, so they count as failed.
      const moduleFailed = m.state() === 'failed';
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed' || moduleFailed) failed++;
        else skipped++;
      }
    }
    const archive = archiveDir(ROOT);
    const ranContent = testModules.some((m) => m.moduleId.includes(`${path.sep}tests${path.sep}content${path.sep}`));
    if (ranContent && !fs.existsSync(archive)) process.stdout.write(`\n${notVerifiedLine(archive)}`);
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
