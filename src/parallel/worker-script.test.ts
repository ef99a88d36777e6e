import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerScript } from './worker-script.ts';

describe('workerScript', () => {
  it('bundles the worker once, named by its content, with packages left as imports', () => {
    const url = workerScript();
    // Not the tsx fallback: that one costs each worker a loader thread.
    expect(url.pathname).toMatch(/node_modules\/\.cache\/corroborate\/worker-[0-9a-f]{16}\.mjs$/);
    const code = readFileSync(fileURLToPath(url), 'utf8');
    expect(code).toMatch(/from "wink-eng-lite-web-model"/);
    expect(code).toContain('parentPort');
    expect(workerScript()).toBe(url);
    expect(existsSync(fileURLToPath(url))).toBe(true);
  });
});
