/**
 * wink-nlp's pattern machines (its automaton.js, MIT), as the sentence splitter and tagger run them, on tables
 * built for lookup: one Map per state instead of wink's JSON objects, whose keyed lookups by token number were
 * ~80 ns a step (~0.25 ms of an article over its three machines). `recognize` keeps wink's greedy matching step
 * for step (roll back to the last state with an "otherwise" exit, a terminal named '0' found but not reported,
 * marks trimming a match), so the sentences and tags are wink's: wink.test.ts checks them against readDoc.
 * Only the case the pipe uses is built: tokens transformed ahead and no patterns substituted from a machine run
 * before.
 */

/** wink's end-of-stream token and its key for a state's "otherwise" exit, when a machine runs over token numbers. */
const END_OF_STREAM = 2070000;
const OTHERWISE = 2070003;
const ROOT = 0;
/** The models' transformers write a hint as this plus its number (their hintDelta). */
const HINT = 1080000;
/**
 * Token numbers below this (parts of speech, a few lexemes) and hints below HINT + this are looked up in a dense
 * table per state: they are nearly every key the machines have.
 */
const DENSE = 64;

/** A match as wink reports it: first token, last token, pattern name. */
export type MachineMatch = [number, number, string | undefined];

export class PatternMachine {
  private readonly next: Array<Map<number, number> | undefined> = [];
  /** Per state, its exits for tokens below DENSE, then for hints below HINT + DENSE (0: none). */
  private readonly dense: Int32Array;
  /** Per state, 1 when it has an exit for a token neither dense table holds (looked up in `next`). */
  private readonly sparse: Uint8Array;
  private readonly otherwise: number[] = [];
  private readonly names: Array<string | undefined> = [];
  private readonly marks: Array<readonly [number, number] | undefined> = [];

  /**
   * `json` is a machine as wink's exportJSON wrote it into the model; `skipped` the token the machine steps over
   * (a line break, or the tagger's unknown-word entry).
   */
  constructor(
    json: string,
    private readonly skipped: number,
  ) {
    const [, , fsm, terminals, marked] = JSON.parse(json) as [unknown, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>];
    for (const [state, edges] of Object.entries(fsm)) {
      const map = new Map<number, number>();
      for (const [token, target] of Object.entries(edges)) {
        // A key that is not a token number ("$of") never equals a numeric token in wink's lookup either.
        if (String(Number(token)) === token) map.set(Number(token), target);
      }
      this.next[Number(state)] = map;
      this.otherwise[Number(state)] = map.get(OTHERWISE) ?? 0;
    }
    const states = this.next.length;
    this.dense = new Int32Array(states * 2 * DENSE);
    this.sparse = new Uint8Array(states);
    for (const [state, map] of this.next.entries()) {
      for (const [token, target] of map ?? []) {
        if (token === OTHERWISE) continue;
        if (token >= 0 && token < DENSE) this.dense[state * 2 * DENSE + token] = target;
        else if (token >= HINT && token < HINT + DENSE) this.dense[state * 2 * DENSE + DENSE + token - HINT] = target;
        else this.sparse[state] = 1;
      }
    }
    for (const [state, name] of Object.entries(terminals)) this.names[Number(state)] = name;
    for (const [state, mark] of Object.entries(marked)) this.marks[Number(state)] = mark;
  }

  /**
   * The patterns found in `tokens`, greedily, left to right. A token may be a number written as a string: the
   * tagger's updater writes the tags its patterns name ("16"), which wink's object lookup reads as numbers, but
   * which are never the skipped token.
   */
  recognize(tokens: ReadonlyArray<number | string>): MachineMatch[] {
    const length = tokens.length;
    const found: MachineMatch[] = [];
    let first = 0;
    let state = ROOT;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = ROOT;
    for (let i = 0; i <= length; i++) {
      for (let j = i; j <= length; j++) {
        const t = j === length ? END_OF_STREAM : tokens[j]!;
        if (t === this.skipped) continue;
        let ns = this.exit(state, +t);
        if (state === ROOT && ns !== ROOT) first = j;
        if (this.names[ns]) {
          this.report(found, first, j, ns);
          // Go on after the match: the outer loop's increment moves past `j`.
          i = j;
          j = length + 1;
          ns = ROOT;
          lastOtherwiseState = ROOT;
        } else if (ns === ROOT) {
          if (lastOtherwiseState !== ROOT) {
            this.report(found, first, lastOtherwiseIndex, lastOtherwiseState);
            i = lastOtherwiseIndex;
            lastOtherwiseState = ROOT;
          }
          // Otherwise a full roll back: the next start is the token after `i`.
          j = length + 1;
        }
        state = ns;
        const otherwise = this.otherwise[state] ?? 0;
        if (otherwise !== 0) {
          lastOtherwiseIndex = j;
          lastOtherwiseState = otherwise;
        }
      }
    }
    return found;
  }

  /** The state `token` leads to from `state` (ROOT: none). */
  private exit(state: number, token: number): number {
    if (token >= 0 && token < DENSE) return this.dense[state * 2 * DENSE + token]!;
    if (token >= HINT && token < HINT + DENSE) return this.dense[state * 2 * DENSE + DENSE + token - HINT]!;
    // A token equal to the "otherwise" key takes that exit as wink's object lookup would (sparse ignores the key).
    return this.sparse[state] === 1 || token === OTHERWISE ? (this.next[state]?.get(token) ?? ROOT) : ROOT;
  }

  private report(found: MachineMatch[], first: number, last: number, state: number): void {
    const name = this.names[state];
    // A pattern named '0' guards against a shorter match and is not reported.
    if (name === '0') return;
    const mark = this.marks[state];
    found.push(mark === undefined ? [first, last, name] : [first + mark[0], last - mark[1], name]);
  }
}
