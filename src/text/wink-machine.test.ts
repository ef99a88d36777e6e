import { createRequire } from 'node:module';
import fc from 'fast-check';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { PatternMachine } from './wink-machine.ts';

// wink-nlp's own automaton, the reference PatternMachine must match.
const require = createRequire(import.meta.url);
const createCache = require('wink-nlp/src/cache.js');
const createAutomaton = require('wink-nlp/src/automaton.js');
const theModel = model as unknown as { core(): unknown; featureFn: unknown; sbd(): { machines: string[] }; pos(): { machines: string[] } };
const cache = createCache(theModel.core(), theModel.featureFn);
const LINE_BREAK: number = cache.lookup('\n')[0];
const UNKNOWN: number = cache.lookup(cache.value(0))[0];

/** The tokens a machine's transitions name, so that random inputs walk its patterns rather than fall to the root. */
function alphabetOf(json: string): number[] {
  const fsm = JSON.parse(json)[2] as Record<string, Record<string, number>>;
  const keys = new Set<number>();
  for (const edges of Object.values(fsm)) for (const k of Object.keys(edges)) if (String(Number(k)) === k) keys.add(Number(k));
  return [...keys];
}

const MACHINES = [
  ...theModel.sbd().machines.map((json, i) => ({ name: `sentence machine ${i}`, json, skipped: LINE_BREAK, ignore: undefined })),
  ...theModel.pos().machines.map((json, i) => ({ name: `tagger machine ${i}`, json, skipped: UNKNOWN, ignore: cache.value(0) })),
];

describe('PatternMachine', () => {
  it.each(MACHINES)('finds the patterns wink-nlp finds: $name', ({ json, skipped, ignore }) => {
    const wink = ignore === undefined ? createAutomaton(cache) : createAutomaton(cache, ignore);
    wink.importJSON(json);
    const ours = new PatternMachine(json, skipped);
    const alphabet = [...alphabetOf(json), skipped, 1, 7, 12345];
    // Tokens as numbers and as the numeric strings the tagger's updater writes.
    const token = fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...alphabet).map(String));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        expect(ours.recognize(tokens)).toEqual(wink.recognize(tokens));
      }),
      { numRuns: 3000 },
    );
  });
});
