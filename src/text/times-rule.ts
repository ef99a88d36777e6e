import type { CalDate } from './times-calendar.ts';

export interface RuleContext {
  /** The publication date, or null when unknown: then only explicit full dates may resolve. */
  p: CalDate | null;
  /** Whether the sentence around the match is future-marked; computed only when a rule asks. */
  isFuture(): boolean;
}

export type Groups = Record<string, string | undefined>;

/**
 * One family of time expressions. `pattern` must have the global flag. The reported span is the match minus
 * an optional leading named group `lead` (a preposition: "in October" reports "October"); modifiers such as
 * "late" stay inside the span. A leading group is used instead of a lookbehind because V8 runs a leading
 * lookbehind at every position of the sentence, which was a third of the run time.
 * `trigger` is a cheap test that every match needs: most sentences fail it and skip the full pattern.
 * `resolve` returns the ISO date, month or year, null when it cannot be resolved, and undefined when the
 * match turns out not to be a time at all (a guard the regex could not express).
 */
export interface TimeRule {
  name: string;
  trigger: RegExp;
  pattern: RegExp;
  resolve(groups: Groups, ctx: RuleContext, match: RegExpExecArray): string | null | undefined;
}

/** capitalizable(['in', 'since']) -> '[Ii]n|[Ss]ince': matches the word at a sentence start too. */
export function capitalizable(words: readonly string[]): string {
  return words.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|');
}

/** A direction for year-less expressions from the sentence's tense. */
export function directionOf(ctx: RuleContext): 'past' | 'future' {
  return ctx.isFuture() ? 'future' : 'past';
}
