import {
  DEMONYMS,
  MONTHS,
  NOT_NAMES,
  ORG_SUFFIXES,
  ORGANIZATIONS,
  OUTLETS,
  PLACE_SET,
  PLACE_SUFFIXES,
  PLACE_VARIANTS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  WEEKDAYS,
} from './gazetteer.ts';
import type { Entity, EntityMention, EntityType, Sentence, Token } from './types.ts';

/** Ranks stand apart from the office before them ("Army Chief of Staff" + "Gen."). */
const RANKS = new Set('gen gen. general col col. colonel sgt sgt. lt lt. capt capt. maj maj. adm adm. admiral dr dr. mr mr. mrs mrs. ms ms. sir'.split(' '));
const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'da', 'al', 'bin', 'von', 'van', 'der', 'la', 'le']);
/** Lower-case words that may begin a role before a name ("special envoy", "top commander"). */
const LOWER_ROLE_MODIFIERS = new Set(['special', 'senior', 'top', 'former', 'deputy', 'chief', 'acting', 'foreign', 'defence', 'defense', 'army', 'military', 'presidential', 'press', 'vice']);
/** Longest name we take for a person: "Rio de Janeiro"-like runs longer than this are not people. */
const MAX_PERSON_TOKENS = 4;
/** Surname spellings this close are one person (Zelensky/Zelenskyy); shorter names must match exactly. */
const MIN_FUZZY_LENGTH = 6;

interface Candidate {
  sentence: number;
  roleTokens: Token[];
  nameTokens: Token[];
  heading: boolean;
}

interface Typed {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  canonical: string;
  role: string | null;
  sentence: number;
  heading: boolean;
}

function isCap(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !MONTHS.has(t.norm.replace(/\.$/, '')) && !WEEKDAYS.has(t.norm);
}

function isLowerRoleWord(t: Token): boolean {
  return /^[a-z]/.test(t.text) && (ROLE_HEADS.has(t.norm) || LOWER_ROLE_MODIFIERS.has(t.norm));
}

function isRoleHead(t: Token): boolean {
  return ROLE_HEADS.has(t.norm);
}

/** Runs of capitalised tokens (with lower-case role words before them) inside one sentence. */
function collectRuns(tokens: Token[], sentences: Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && (CONNECTORS.has(run[run.length - 1]!.norm) || isLowerRoleWord(run[run.length - 1]!))) {
      const last = run.pop()!;
      if (isLowerRoleWord(last) && run.length === 0) break;
    }
    if (run.some(isCap)) out.push(splitRole(run, sentences));
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run[run.length - 1];
    if (prev && (prev.sentence !== t.sentence || /\s{2,}|\n/.test(gapText(prev, t)))) flush();
    const next = tokens[i + 1];
    const adjacent = !prev || t.start - prev.end <= 1;
    if (!adjacent) flush();
    if (isCap(t) && t.pos !== 'PUNCT') run.push(t);
    else if (run.length && CONNECTORS.has(t.norm) && next && (isCap(next) || (CONNECTORS.has(next.norm) && tokens[i + 2] && isCap(tokens[i + 2]!)))) run.push(t);
    else if (isLowerRoleWord(t) && next && (isCap(next) || isLowerRoleWord(next))) run.push(t);
    else flush();
  }
  flush();
  return out;
}

let gapSource = '';
let midSentenceCaps = new Set<string>();
function gapText(a: Token, b: Token): string {
  return gapSource.slice(a.end, b.start);
}

/** Splits "Army Secretary Dan Driscoll" into role tokens and name tokens. */
function splitRole(run: Token[], sentences: Sentence[]): Candidate {
  let lastHead = -1;
  for (let i = 0; i < run.length; i++) if (isRoleHead(run[i]!)) lastHead = i;
  let roleTokens = lastHead >= 0 ? run.slice(0, lastHead + 1) : [];
  let nameTokens = lastHead >= 0 ? run.slice(lastHead + 1) : run;
  // "Secretary of the Army Dan Driscoll": the "of the Army" belongs to the office.
  if (nameTokens[0]?.norm === 'of') {
    let k = 1;
    if (nameTokens[k]?.norm === 'the') k++;
    if (nameTokens.length > k + 1) {
      roleTokens = roleTokens.concat(nameTokens.slice(0, k + 1));
      nameTokens = nameTokens.slice(k + 1);
    }
  }
  // Leading lower-case modifiers without a title after them ("top US Army") and sentence openers
  // ("Earlier US", "While Driscoll") are not part of the name.
  while (nameTokens.length && (CONNECTORS.has(nameTokens[0]!.norm) || /^[a-z]/.test(nameTokens[0]!.text) || (nameTokens.length > 1 && NOT_NAMES.has(nameTokens[0]!.norm)))) {
    nameTokens = nameTokens.slice(1);
  }
  const sentence = run[0]!.sentence;
  return { sentence, roleTokens, nameTokens, heading: sentences[sentence]?.heading ?? false };
}

function spanText(text: string, tokens: Token[]): string {
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

/** Role phrases as written, split at ranks, without nationality adjectives ("Ukrainian Defence Minister" -> "Defence Minister"). */
function readRoles(text: string, roleTokens: Token[]): string[] {
  const roles: string[] = [];
  let cur: Token[] = [];
  const push = () => {
    while (cur.length && (DEMONYMS.has(cur[0]!.norm) || CONNECTORS.has(cur[0]!.norm))) cur = cur.slice(1);
    if (cur.some(isRoleHead)) roles.push(spanText(text, cur));
    cur = [];
  };
  for (const t of roleTokens) {
    if (RANKS.has(t.norm) && cur.length) push();
    cur.push(t);
    if (RANKS.has(t.norm)) push();
  }
  push();
  return roles.filter((r) => !/^(mr|mrs|ms|dr)\.?$/i.test(r));
}

const PLACE_CANON = new Map<string, string>();
for (const [canon, forms] of Object.entries(PLACE_VARIANTS)) {
  PLACE_CANON.set(canon.toLowerCase(), canon);
  for (const f of forms) PLACE_CANON.set(f.toLowerCase(), canon);
}
const OUTLET_CANON = new Map<string, string>();
for (const [canon, { forms }] of Object.entries(OUTLETS)) {
  OUTLET_CANON.set(canon.toLowerCase(), canon);
  OUTLET_CANON.set(canon.toLowerCase().replace(/^the /, ''), canon);
  for (const f of forms) OUTLET_CANON.set(f.toLowerCase(), canon);
}

/** Types a name by the gazetteers alone; null when they do not know it. */
export function lookupName(name: string): { type: EntityType; canonical: string } | null {
  const key = name.toLowerCase().replace(/^the /, '');
  const full = name.toLowerCase();
  const outlet = OUTLET_CANON.get(full) ?? OUTLET_CANON.get(key);
  if (outlet && key !== 'the journal' && key !== 'the times') return { type: 'organization', canonical: outlet };
  const org = ORGANIZATIONS[key];
  if (org) return { type: 'organization', canonical: org };
  const place = PLACE_CANON.get(key);
  if (place) return { type: 'place', canonical: place };
  if (PLACE_SET.has(key)) return { type: 'place', canonical: titleCase(key, name) };
  return null;
}

function titleCase(key: string, asWritten: string): string {
  return asWritten.replace(/^the /i, '').length === key.length ? asWritten.replace(/^the /i, '') : key;
}

/** Longest appositive role we read after a name: "Steve Witkoff, the president's special envoy,". */
const MAX_APPOSITIVE_WORDS = 5;

/** A role given in apposition right after a name: ", the president's special envoy," -> "special envoy". */
function readAppositiveRole(text: string, end: number): string | null {
  const m = /^,\s+([^,;.()"]{3,80}?)(?=\s*(?:[,;.()]|\s(?:in|at|for|who|which|from|and)\s))/.exec(text.slice(end, end + 90));
  if (!m) return null;
  let phrase = m[1]!.replace(/^(the|a|an)\s+/i, '');
  phrase = phrase.replace(/^.*['’]s\s+/, '');
  const words = phrase.split(/\s+/);
  while (words.length && DEMONYMS.has(words[0]!.toLowerCase())) words.shift();
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  if (!ROLE_HEADS.has(head) || words.length > MAX_APPOSITIVE_WORDS || RANKS.has(head)) return null;
  return words.join(' ');
}

/** Words before a lone capitalised word that make it a place ("in Varnholm", "the town of Varnholm"). */
const PLACE_CUE = /\b(?:in|at|near|outside|from|to|into|across|(?:town|city|village|port|region|province|county|district|people|residents|mayor) of)\s+$/i;

function typeCandidate(text: string, c: Candidate): Typed | null {
  let name = c.nameTokens;
  if (name.length && name[0]!.norm === 'the') name = name.slice(1);
  // A common word opening the sentence is not part of the name ("Part of the Kestrel Gorge Dam", "Everything I").
  while (name.length > 1 && isSentenceStart(name[0]!, text) && name[0]!.pos !== 'PROPN' && !midSentenceCaps.has(name[0]!.norm)) {
    name = name.slice(1);
    while (name.length > 1 && CONNECTORS.has(name[0]!.norm)) name = name.slice(1);
  }
  if (name.length && name[name.length - 1]!.text === 'I') name = name.slice(0, -1);
  const roles = readRoles(text, c.roleTokens);
  if (name.length === 0) return null;
  const nameText = spanText(text, name);
  const sentence = c.sentence;
  const base = { start: name[0]!.start, end: name[name.length - 1]!.end, text: nameText, sentence, heading: c.heading };
  const known = lookupName(nameText);
  if (known) return { ...base, ...known, role: roles[0] ?? null };
  if (name.length === 1 && /^i['’]/i.test(name[0]!.text)) return null;
  if (name.every((t) => NOT_NAMES.has(t.norm) || DEMONYMS.has(t.norm) || /^\d/.test(t.text))) return null;
  const last = name[name.length - 1]!.norm;
  if (PLACE_SUFFIXES.has(last) && name.length > 1) return { ...base, type: 'place', canonical: nameText, role: null };
  if (ORG_SUFFIXES.has(last) && name.length > 1) return { ...base, type: 'organization', canonical: nameText, role: null };
  const appositive = readAppositiveRole(text, base.end);
  if (appositive) roles.push(appositive);
  if (roles.length > 0 && name.length <= MAX_PERSON_TOKENS) return { ...base, type: 'person', canonical: nameText, role: roles.join('; ') };
  if (name.length === 1) {
    const t = name[0]!;
    // A capitalised word opening a sentence is a name only if the article also capitalises it elsewhere.
    if (isSentenceStart(t, text) && !midSentenceCaps.has(t.norm)) return null;
    if (DEMONYMS.has(t.norm)) return null;
    const place = PLACE_CUE.test(text.slice(Math.max(0, t.start - 30), t.start));
    return { ...base, type: place ? 'place' : 'other', canonical: nameText, role: null };
  }
  if (name.length <= MAX_PERSON_TOKENS && name.every((t) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}{1,3}$|^\p{Lu}\.$/u.test(t.text))) {
    return { ...base, type: 'person', canonical: nameText, role: null };
  }
  return { ...base, type: 'other', canonical: nameText, role: null };
}

function isSentenceStart(t: Token, text: string): boolean {
  const before = text.slice(Math.max(0, t.start - 3), t.start);
  return t.start === 0 || /(^|[.!?:"]\s*|\n\s*)$/.test(before);
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Levenshtein distance, bounded: stops early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Whether two single-word names are spellings of one name (Zelensky / Zelenskyy, Shmyhal / Shmygal). */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = slug(a);
  const y = slug(b);
  if (x === y) return true;
  if (x.length < MIN_FUZZY_LENGTH || y.length < MIN_FUZZY_LENGTH) return false;
  return x.slice(0, 3) === y.slice(0, 3) && editDistance(x, y, 1) <= 1;
}

function surname(name: string): string {
  const parts = name.split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

interface Cluster {
  type: EntityType;
  forms: Map<string, number>;
  roles: string[];
  mentions: Typed[];
  full: string;
}

/** Groups typed mentions into entities: surnames join full names, spellings join each other. */
function clusterMentions(typed: Typed[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const ordered = [...typed].sort((a, b) => b.canonical.split(' ').length - a.canonical.split(' ').length);
  for (const m of ordered) {
    const key = `${m.type}:${slug(m.canonical)}`;
    let c = byKey.get(key) ?? findByAlias(clusters, m);
    if (!c) {
      c = { type: m.type === 'other' ? 'other' : m.type, forms: new Map(), roles: [], mentions: [], full: m.canonical };
      clusters.push(c);
    }
    byKey.set(key, c);
    if (c.type === 'other' && m.type !== 'other') c.type = m.type;
    c.mentions.push(m);
    c.forms.set(m.text, (c.forms.get(m.text) ?? 0) + 1);
    if (m.role) for (const r of m.role.split('; ')) if (!c.roles.some((x) => x.toLowerCase() === r.toLowerCase())) c.roles.push(r);
  }
  return clusters;
}

function findByAlias(clusters: Cluster[], m: Typed): Cluster | undefined {
  const words = m.canonical.split(/\s+/);
  for (const c of clusters) {
    if (m.type !== 'other' && c.type !== 'other' && c.type !== m.type) continue;
    if (c.type === 'place' || m.type === 'place') {
      if (lookupName(c.full)?.canonical === lookupName(m.canonical)?.canonical && lookupName(c.full)) return c;
      continue;
    }
    const cw = c.full.split(/\s+/);
    // A lone surname joins the full name it ends ("Trump" -> "Donald Trump").
    if (words.length === 1 && (c.type === 'person' || c.type === 'other') && cw.length > 1 && isSpellingVariant(surname(c.full), words[0]!)) return c;
    if (words.length === cw.length && words.length > 1 && words.slice(0, -1).join(' ') === cw.slice(0, -1).join(' ') && isSpellingVariant(surname(c.full), surname(m.canonical))) return c;
    if (words.length === 1 && cw.length === 1 && isSpellingVariant(c.full, m.canonical)) return c;
  }
  return undefined;
}

export interface EntityResult {
  mentions: EntityMention[];
  entities: Entity[];
}

/**
 * Finds people, organisations and places with their aliases and roles, from capitalisation, titles, gazetteers and
 * in-document coreference of surnames. A bare title ("President") or a month is never a person; headline words are
 * only taken when the body confirms them.
 *
 * findEntities(text, tokens, sentences).entities.find((e) => e.name === 'Dan Driscoll')?.roles // ['Army Secretary', ...]
 */
export function findEntities(text: string, tokens: Token[], sentences: Sentence[]): EntityResult {
  gapSource = text;
  midSentenceCaps = new Set(tokens.filter((t) => isCap(t) && !isSentenceStart(t, text) && !sentences[t.sentence]?.heading).map((t) => t.norm));
  const typed = collectRuns(tokens, sentences)
    .map((c) => typeCandidate(text, c))
    .filter((t): t is Typed => t !== null);
  const body = typed.filter((t) => !t.heading);
  const clusters = clusterMentions(body);
  // Headline words count only when they name something the body or the gazetteers know.
  for (const h of typed.filter((t) => t.heading)) {
    const c = clusters.find((x) => x.mentions.some((m) => slug(m.canonical) === slug(h.canonical))) ?? findByAlias(clusters, h);
    if (c) {
      c.mentions.push(h);
      c.forms.set(h.text, (c.forms.get(h.text) ?? 0) + 1);
    } else if (lookupName(h.canonical)) {
      clusters.push({ type: h.type, forms: new Map([[h.text, 1]]), roles: [], mentions: [h], full: h.canonical });
    }
  }
  return buildResult(clusters);
}

function buildResult(clusters: Cluster[]): EntityResult {
  const mentions: EntityMention[] = [];
  const entities: Entity[] = [];
  const used = new Set<string>();
  for (const c of clusters) {
    const name = pickName(c);
    let id = `${c.type}:${slug(name)}`;
    for (let k = 2; used.has(id); k++) id = `${c.type}:${slug(name)}-${k}`;
    used.add(id);
    const aliases = [...c.forms.keys()].filter((f) => f !== name);
    entities.push({ id, name, type: c.type, aliases, roles: c.roles, mentions: c.mentions.length });
    for (const m of c.mentions) mentions.push({ start: m.start, end: m.end, text: m.text, type: c.type, entityId: id, role: m.role, sentence: m.sentence });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

function pickName(c: Cluster): string {
  const known = lookupName(c.full);
  if (known) return known.canonical;
  let best = c.full;
  for (const f of c.forms.keys()) if (f.split(/\s+/).length > best.split(/\s+/).length) best = f;
  return best;
}
