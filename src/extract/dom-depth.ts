/**
 * Readability and linkedom's innerHTML setter recurse per nesting level and overflow the stack near 3,000
 * levels; no real page comes close (every page in shared/data/aeb nests 35 levels or fewer), so deeper trees skip
 * them.
 */
export const MAX_DOM_DEPTH = 1000;

/**
 * True when some element nests deeper than `limit`; stops walking as soon as it knows.
 * @example isDeeperThan(parseHTML('<div><div></div></div>').document, 3) // false
 */
export function isDeeperThan(root: Node, limit: number): boolean {
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return false;
}
