import type { Reporter, RunnerTask, RunnerTestFile } from 'vitest';

/** Prints the plain closing line CI reads: "tests: N passed, N failed, N skipped". */
export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []): void {
    const count = { pass: 0, fail: 0, skip: 0 };
    const walk = (t: RunnerTask) => {
      if (t.type === 'suite') {
        for (const c of t.tasks) walk(c);
        return;
      }
      const state = t.result?.state;
      if (state === 'pass') count.pass++;
      else if (state === 'fail') count.fail++;
      else count.skip++;
    };
    for (const f of files) {
      for (const t of f.tasks) walk(t);
      if (f.result?.state === 'fail' && f.tasks.length === 0) count.fail++;
    }
    process.stdout.write(`\ntests: ${count.pass} passed, ${count.fail} failed, ${count.skip} skipped\n`);
  }
}
