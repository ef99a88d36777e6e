/**
 * Runs every benchmark harness in bench/ one after another, each in its own Node process (so one harness's heap,
 * JIT state and peak RSS do not colour the next), printing its output as it comes and a summary at the end.
 * Run: npm run bench [-- --only annotate,analyze] [-- --skip stories-latency] [-- --list]
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Modules in bench/ that are not harnesses: shared helpers and this runner. A helper missing here would only be
 * imported and exit at once; files starting with "_" are someone's scratch scripts and never run.
 */
const NOT_HARNESSES = new Set(['data-path', 'synthetic', 'rouge', 'run-all']);
/** Pipeline order, so the output reads like the pipeline; harnesses not listed run after these, by name. */
const ORDER = ['extract', 'loaded', 'annotate', 'stories', 'stories-latency', 'pairs', 'brief', 'analyze', 'store', 'api'];
/** Extra Node flags a harness asks for in its header comment. */
const NODE_FLAGS: Record<string, string[]> = { 'stories-latency': ['--expose-gc'] };

interface Outcome {
  name: string;
  code: number | null;
  seconds: number;
}

function listHarnesses(dir: string): string[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .filter((name) => !NOT_HARNESSES.has(name) && !name.startsWith('_'));
  const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function runHarness(dir: string, name: string): Promise<Outcome> {
  const started = performance.now();
  const args = [...(NODE_FLAGS[name] ?? []), '--import', 'tsx', path.join(dir, `${name}.ts`)];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: path.resolve(dir, '..') });
    const finish = (code: number | null) => resolve({ name, code, seconds: (performance.now() - started) / 1000 });
    child.on('error', (err) => {
      console.error(`${name}: could not start: ${err.message}`);
      finish(null);
    });
    child.on('close', finish);
  });
}

function formatLoad(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, skip: { type: 'string' }, list: { type: 'boolean', default: false } } });
  const only = values.only ? new Set(values.only.split(',')) : null;
  const skip = new Set(values.skip?.split(',') ?? []);
  const dir = import.meta.dirname;
  const harnesses = listHarnesses(dir).filter((name) => (!only || only.has(name)) && !skip.has(name));
  if (values.list) {
    console.log(harnesses.join('\n'));
    return;
  }
  const outcomes: Outcome[] = [];
  for (const name of harnesses) {
    console.log(`\n=== bench/${name}.ts (load ${formatLoad()}) ===`);
    outcomes.push(await runHarness(dir, name));
  }
  console.log('\n=== summary ===');
  for (const o of outcomes) console.log(`${o.name.padEnd(18)} ${o.code === 0 ? 'ok    ' : `FAILED (${o.code ?? 'not started'})`} ${o.seconds.toFixed(1)} s`);
  if (outcomes.some((o) => o.code !== 0)) process.exitCode = 1;
}

await main();
