import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/open.ts';
import { runStoreContract } from './store-contract.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite :memory:', () => openSqliteStore(':memory:'));
runStoreContract('sqlite file', () => openSqliteStore(path.join(dir, `contract-${++n}.db`)));
