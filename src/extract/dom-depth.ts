/**
 * Readability and JSDOMParser recurse per nesting level (text content, serialisation, tag lookups) and overflow
 * the stack some thousands of levels down; no real page comes close (every page in shared/data/aeb nests 35
 * levels or fewer), so deeper trees skip Readability for the iterative prose scan.
 */
export const MAX_DOM_DEPTH = 1000;
