import type { Dossier } from './build.ts';
import { citedSources, loadedUses, storyQuotes } from './story-sections.ts';

type Story = Dossier['stories'][number];

function outletLabel(d: Dossier): (id: string) => string {
  const byId = new Map(d.articles.map((a) => [a.id, a.outlet ?? a.title ?? a.source]));
  return (id) => byId.get(id) ?? id;
}

/** Quotes, sources and loaded words listed per story: the ones most articles share, a page's worth. */
const MAX_ITEMS = 25;

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function storyMarkdown(d: Dossier, s: Story): string {
  const label = outletLabel(d);
  const cite = (ids: string[]) => ids.map((id) => `[${mdEscape(label(id))}]`).join(' ');
  const lines: string[] = [`## ${mdEscape(s.title)}`, '', `${s.articleIds.length} articles: ${s.articleIds.map((id) => mdEscape(label(id))).join(', ')}`, ''];
  lines.push('### Brief', '');
  for (const b of s.brief) lines.push(`- ${mdEscape(b.text)} ${cite(b.articleIds)}`);
  if (s.conflicts.length) {
    lines.push('', '### Conflicts', '');
    for (const c of s.conflicts) {
      lines.push(`- **${c.kind}**: ${c.sides.map((side) => `${mdEscape(side.value)} (${[...new Set(side.statements.map((st) => mdEscape(label(st.articleId))))].join(', ')})`).join(' vs ')}`);
    }
  }
  lines.push('', '### Claims', '', '| status | sources | origins | claim | articles |', '|---|---|---|---|---|');
  for (const c of s.claims.filter((x) => x.articleIds.length > 1 || x.status !== 'single-source').slice(0, 30)) {
    lines.push(`| ${c.status} | ${c.independentSources} | ${mdEscape(c.origins.join(', '))} | ${mdEscape(c.text)} | ${c.articleIds.map((id) => mdEscape(label(id))).join(', ')} |`);
  }
  const quotes = storyQuotes(s).slice(0, MAX_ITEMS);
  if (quotes.length) {
    lines.push('', '### Quotes', '');
    for (const q of quotes) {
      const differ = q.speakers.length ? `; articles differ: ${mdEscape(q.speakers.join(' / '))}` : '';
      lines.push(`- "${mdEscape(q.text)}" (${mdEscape(q.speaker ?? 'speaker unknown')}${differ}) ${cite(q.articleIds)}`);
    }
  }
  const sources = citedSources(d, s).slice(0, MAX_ITEMS);
  if (sources.length) {
    lines.push('', '### Sources cited', '');
    for (const c of sources) lines.push(`- **${mdEscape(c.name)}** (${c.kind}) ${cite(c.articleIds)}`);
  }
  const loaded = loadedUses(d, s).slice(0, MAX_ITEMS);
  if (loaded.length) {
    lines.push('', '### Loaded language', '');
    for (const l of loaded) lines.push(`- "${mdEscape(l.text)}" (${l.kind}) ${cite(l.articleIds)}: ${mdEscape(l.example)}`);
  }
  lines.push('', '### Families (rewrites of one text)', '');
  for (const f of s.families) lines.push(`- ${f.articleIds.map((id) => mdEscape(label(id))).join(', ')}${f.origin ? ` (origin: ${mdEscape(f.origin)})` : ''}: ${mdEscape(f.evidence)}`);
  lines.push('', '### Timeline', '');
  for (const e of s.timeline.slice(0, 20)) lines.push(`- **${e.date ?? 'undated'}** (${mdEscape(e.when)}): ${mdEscape(e.text)} ${cite(e.articleIds)}`);
  lines.push('', '### Entities', '');
  for (const e of s.entities.slice(0, 25)) {
    lines.push(`- **${mdEscape(e.name)}** (${e.type}${e.roles.length ? `; ${mdEscape(e.roles.join(', '))}` : ''})${e.aliases.length ? `, also ${mdEscape(e.aliases.join(', '))}` : ''}: ${e.articleIds.length} articles`);
  }
  return lines.join('\n');
}

/** The dossier as Markdown, for pasting into a document. */
export function renderMarkdown(d: Dossier): string {
  const parts = [`# Corroborate dossier`, '', `${d.articles.length} articles, ${d.stories.length} stories. Generated ${d.generatedAt}.`, ''];
  for (const s of d.stories) parts.push(storyMarkdown(d, s), '');
  if (d.rejected.length) {
    parts.push('## Inputs not read', '');
    for (const r of d.rejected) parts.push(`- ${mdEscape(r.source)}: ${mdEscape(r.reason)}`);
  }
  if (d.duplicates.length) {
    parts.push('', '## Duplicates folded', '');
    for (const x of d.duplicates) parts.push(`- ${mdEscape(x.source)} duplicates ${x.duplicateOf}`);
  }
  return `${parts.join('\n')}\n`;
}
