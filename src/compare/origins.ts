import type { Claim, ClaimStatus, Family, Statement, StoryEntity } from './types.ts';

/** Attribution kinds that name an original report or a first-hand source: they count once, wherever they appear. */
const SOURCE_KINDS = new Set(['outlet', 'agency', 'official', 'person', 'social']);

/** The name a family goes by as a source: its origin when the articles name it, else its first member's outlet. */
export function familyLabel(family: Family | undefined, articleId: string, outletOf: Map<string, string | null>): string {
  if (family?.origin) return family.origin;
  const first = family?.articleIds[0] ?? articleId;
  return outletOf.get(first) ?? family?.id ?? articleId;
}

/** A cited source, or the family's label when the citation names one of the story's own outlets' families. */
function citedOrigin(s: Statement, labels: Map<string, string>, names: Map<string, string>): string | null {
  if (!s.attribution || !s.attributionKind || !SOURCE_KINDS.has(s.attributionKind)) return null;
  return labels.get(s.attribution.toLowerCase().replace(/^the /, '')) ?? names.get(s.attribution.toLowerCase()) ?? s.attribution;
}

/**
 * Each named source's roles, by every name it goes by (lower case): "dmitry peskov" and "peskov" -> ["kremlin
 * spokesperson"]. A person whose role names another source speaks for it (see withoutRepresented).
 */
export function rolesByName(entities: StoryEntity[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entities) {
    if (e.type !== 'person' || e.roles.length === 0) continue;
    const roles = e.roles.map((r) => r.toLowerCase());
    for (const name of [e.name, ...e.aliases]) out.set(name.toLowerCase(), roles);
  }
  return out;
}

/**
 * The story's name for each name a source goes by (lower case): the articles name one person differently
 * ("Michael R. Bloomberg" in one, "Michael Bloomberg" in another), and the story's entities join them.
 */
export function storyNames(entities: StoryEntity[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.type === 'place') continue;
    for (const name of [e.name, ...e.aliases]) if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), e.name);
  }
  return out;
}

/** Whether `phrase` is `name` or holds it as whole words ("kremlin spokesperson" holds "kremlin"). */
function holdsWords(phrase: string, name: string): boolean {
  return ` ${phrase.replace(/[^\p{L}\p{N}.]+/gu, ' ')} `.includes(` ${name.replace(/[^\p{L}\p{N}.]+/gu, ' ')} `);
}

/**
 * Origins less those a spokesperson among them speaks for: with "Dmitry Peskov" (Kremlin spokesperson) cited in one
 * rewrite and "the Kremlin" in another, the claim rests on one source, named by the person.
 */
function withoutRepresented(origins: Set<string>, roles: Map<string, string[]>): Set<string> {
  if (origins.size < 2 || roles.size === 0) return origins;
  const out = new Set(origins);
  for (const person of origins) {
    const personRoles = roles.get(person.toLowerCase());
    if (!personRoles) continue;
    for (const other of origins) {
      const name = other.toLowerCase().replace(/^the /, '');
      if (other !== person && !roles.has(other.toLowerCase()) && personRoles.some((r) => holdsWords(r, name))) out.delete(other);
    }
  }
  return out;
}

export interface OriginCount {
  origins: string[];
  independentSources: number;
}

/**
 * Counts the independent sources behind each claim of a story. Within a family (copies of one text) the statements
 * count once: as the sources they cite when any of them cites one, else as the family itself. Across families, one
 * cited source ("Axios", "Petra Sandor") counts once, wherever it appears. Five rewrites of one Axios report are one
 * origin. A spokesperson and the body whose role they hold ("Kremlin spokesperson" Dmitry Peskov, the Kremlin) count
 * once (`roles`, from rolesByName), and one person named two ways in two articles is one source (`names`, from
 * storyNames). The labels of the story's outlets are worked out once, not once a claim.
 *
 * const countOrigins = originCounter(familyOf, outletOf); countOrigins(claim.statements).independentSources // 1
 */
export function originCounter(
  familyOf: Map<string, Family>,
  outletOf: Map<string, string | null>,
  roles: Map<string, string[]> = new Map(),
  names: Map<string, string> = new Map(),
): (statements: Statement[]) => OriginCount {
  const labels = new Map<string, string>();
  for (const [id, f] of familyOf) {
    const outlet = outletOf.get(id);
    if (outlet) labels.set(outlet.toLowerCase().replace(/^the /, ''), familyLabel(f, id, outletOf));
  }
  return (statements) => {
    const byFamily = new Map<string, Statement[]>();
    for (const s of statements) {
      const key = familyOf.get(s.articleId)?.id ?? s.articleId;
      const group = byFamily.get(key);
      if (group) group.push(s);
      else byFamily.set(key, [s]);
    }
    let origins = new Set<string>();
    for (const group of byFamily.values()) {
      const cited = group.map((s) => citedOrigin(s, labels, names)).filter((x): x is string => x !== null);
      if (cited.length > 0) for (const c of cited) origins.add(c);
      else origins.add(familyLabel(familyOf.get(group[0]!.articleId), group[0]!.articleId, outletOf));
    }
    origins = withoutRepresented(origins, roles);
    return { origins: [...origins], independentSources: Math.max(1, origins.size) };
  };
}

export function statusOf(independentSources: number, disputed: boolean): ClaimStatus {
  if (disputed) return 'disputed';
  return independentSources >= 2 ? 'corroborated' : 'single-source';
}

export function markDisputed(claims: Claim[], disputedIds: Set<string>): Claim[] {
  return claims.map((c) => ({ ...c, status: statusOf(c.independentSources, disputedIds.has(c.id)) }));
}
