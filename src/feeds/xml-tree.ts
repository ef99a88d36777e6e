import { XMLParser } from 'fast-xml-parser';
import { CorroborateError } from '../errors.ts';
import { decodeEntities } from './entities.ts';

/**
 * A small, safe XML element tree over fast-xml-parser. Safety, in layers:
 * 1. a DOCTYPE with an internal subset (`[ ... ]`, where entities are declared) is refused before parsing, so
 *    billion-laughs and external entities never reach a parser (feeds have no use for a DTD);
 * 2. the parser runs with entity processing off; we decode only character references ourselves;
 * 3. element and attribute names never become keys of our objects: attributes live in a Map, children in arrays,
 *    and names fast-xml-parser itself refuses (`__proto__`, `constructor`, `prototype`) are renamed first.
 */

export interface XmlElement {
  /** The local name, without prefix. */
  local: string;
  /** A short alias of the element's namespace (see NAMESPACES), the undeclared prefix itself, or ''. */
  ns: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside, in order, concatenated (character references decoded, CDATA verbatim). */
  text: string;
  /** Text and child markup in document order, for content that is itself XHTML. */
  parts: Array<string | XmlElement>;
}

/** Namespaces feeds use, by URI; RSS 1.0, RSS 0.90 and sitemaps map to '' so they read like unprefixed RSS 2.0. */
const NAMESPACES: ReadonlyMap<string, string> = new Map([
  ['http://www.w3.org/2005/Atom', 'atom'],
  ['http://purl.org/atom/ns#', 'atom'],
  ['http://purl.org/rss/1.0/', ''],
  ['http://my.netscape.com/rdf/simple/0.9/', ''],
  ['http://www.sitemaps.org/schemas/sitemap/0.9', ''],
  ['http://www.google.com/schemas/sitemap/0.84', ''],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://purl.org/dc/terms/', 'dcterms'],
  ['http://purl.org/rss/1.0/modules/content/', 'content'],
  ['http://www.w3.org/1999/xhtml', 'xhtml'],
  ['http://www.google.com/schemas/sitemap-news/0.9', 'news'],
  ['http://search.yahoo.com/mrss/', 'media'],
]);

/** A document nested deeper than this is not a feed: fast-xml-parser also stops at its own limit (100). */
const MAX_DEPTH = 100;

/** What may precede the root element: BOM, whitespace, XML declaration, comments, processing instructions. */
const PROLOG_ITEM = /(?:\uFEFF|\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/y;
const DANGEROUS_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

function renameDangerous(name: string): string {
  return DANGEROUS_NAMES.has(name) ? `unsafe-${name}` : name;
}

const parser = new XMLParser({
  preserveOrder: true,
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  allowBooleanAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  transformTagName: renameDangerous,
  transformAttributeName: renameDangerous,
  maxNestedTags: MAX_DEPTH,
  // No callback of ours reads paths; building jPath strings for every tag halves the parser's speed.
  jPath: false,
});

/**
 * Throws BAD_FEED for a DOCTYPE with an internal subset (`<!DOCTYPE x [ ... ]>`), the only place entities can be
 * declared. External identifiers are allowed (RSS 0.91 feeds carry Netscape's) since nothing is ever resolved.
 * Linear in the prolog, so a billion-laughs file is refused in microseconds; the parser's entity processing is
 * off in any case, so a DOCTYPE further down expands nothing either.
 */
export function assertNoDtd(xml: string): void {
  PROLOG_ITEM.lastIndex = 0;
  let at = 0;
  while (PROLOG_ITEM.exec(xml)) {
    if (PROLOG_ITEM.lastIndex === at) break;
    at = PROLOG_ITEM.lastIndex;
  }
  if (!/^<!DOCTYPE\b/i.test(xml.slice(at, at + 10))) return;
  const end = xml.indexOf('>', at);
  if (xml.slice(at, end < 0 ? undefined : end).includes('[')) {
    throw new CorroborateError('BAD_FEED', 'a DOCTYPE with an internal subset (entity declarations) is not accepted');
  }
}

type RawNode = Record<string, unknown>;

interface Scope {
  prefixes: Map<string, string>;
  defaultNs: string;
}

function splitName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function readAttributes(raw: unknown): Map<string, string> {
  const attrs = new Map<string, string>();
  if (!raw || typeof raw !== 'object') return attrs;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'string') attrs.set(key.replace(/^@_/, ''), decodeEntities(value));
    else if (value === true) attrs.set(key.replace(/^@_/, ''), '');
  }
  return attrs;
}

function childScope(attrs: Map<string, string>, parent: Scope): Scope {
  let scope = parent;
  for (const [name, uri] of attrs) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    if (scope === parent) scope = { prefixes: new Map(parent.prefixes), defaultNs: parent.defaultNs };
    const alias = NAMESPACES.get(uri.trim()) ?? uri.trim();
    if (name === 'xmlns') scope.defaultNs = alias;
    else scope.prefixes.set(name.slice(6), alias);
  }
  return scope;
}

function textOf(node: RawNode): string | null {
  const text = node['#text'];
  if (text !== undefined) return decodeEntities(String(text));
  const cdata = node['#cdata'];
  if (Array.isArray(cdata)) return cdata.map((c) => String((c as RawNode)['#text'] ?? '')).join('');
  return null;
}

function toElement(name: string, node: RawNode, parent: Scope): XmlElement {
  const attrs = readAttributes(node[':@']);
  const scope = childScope(attrs, parent);
  const [prefix, local] = splitName(name);
  const ns = prefix ? (scope.prefixes.get(prefix) ?? prefix) : scope.defaultNs;
  const element: XmlElement = { local, ns, attrs, children: [], text: '', parts: [] };
  const kids = node[name];
  for (const kid of Array.isArray(kids) ? (kids as RawNode[]) : []) {
    const text = textOf(kid);
    if (text !== null) {
      element.text += text;
      element.parts.push(text);
      continue;
    }
    const kidName = Object.keys(kid).find((k) => k !== ':@');
    if (!kidName || kidName.startsWith('#') || kidName.startsWith('?')) continue;
    const child = toElement(kidName, kid, scope);
    element.children.push(child);
    element.parts.push(child);
  }
  return element;
}

/**
 * Parses XML into the root element. Throws CorroborateError BAD_FEED when it is not XML or holds a DTD.
 * @example parseXml('<rss><channel/></rss>').local // 'rss'
 */
export function parseXml(xml: string): XmlElement {
  assertNoDtd(xml);
  let nodes: unknown;
  try {
    nodes = parser.parse(xml);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new CorroborateError('BAD_FEED', `not well-formed XML (${why})`, { cause });
  }
  const scope: Scope = { prefixes: new Map([['xml', 'xml']]), defaultNs: '' };
  for (const node of Array.isArray(nodes) ? (nodes as RawNode[]) : []) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name && !name.startsWith('#') && !name.startsWith('?')) return toElement(name, node, scope);
  }
  throw new CorroborateError('BAD_FEED', 'no XML root element');
}

/** The children of `el` with namespace alias `ns` and local name `local`. */
export function childrenNamed(el: XmlElement, ns: string, local: string): XmlElement[] {
  return el.children.filter((c) => c.ns === ns && c.local === local);
}

/** The first child with that name, or undefined. */
export function childNamed(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  return el.children.find((c) => c.ns === ns && c.local === local);
}

/** The trimmed text of the first child with that name, or null when absent or empty. */
export function childText(el: XmlElement, ns: string, local: string): string | null {
  const text = childNamed(el, ns, local)?.text.trim();
  return text ? text : null;
}
