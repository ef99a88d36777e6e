import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './project-root.ts';

describe('projectRoot', () => {
  it('finds the folder of the package named corroborate from the sources and from the bundle cache', () => {
    const root = projectRoot(import.meta.dirname);
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).name).toBe('corroborate');
    expect(projectRoot(path.join(root, 'node_modules', '.cache', 'corroborate'))).toBe(root);
    expect(projectRoot(path.join(root, 'src', 'parallel'))).toBe(root);
  });

  it('falls back to two folders up outside any project', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'no-project-'));
    expect(projectRoot(path.join(dir, 'a', 'b'))).toBe(dir);
  });
});
