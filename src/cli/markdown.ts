import type { AnnotatedArticle } from '../pipeline.ts';

function list(items: string[]): string {
  return items.length ? items.map((i) => `- ${i}`).join('\n') : '- (none)';
}

/** A reader's summary of one annotated article, in Markdown: what it says, who it quotes, whom it cites. */
export function toAnnotateMarkdown(a: AnnotatedArticle): string {
  const n = a.annotation;
  const sentenceOf = (i: number) => n.sentences[i]?.text ?? '';
  const people = n.entityIndex
    .filter((e) => e.type !== 'other')
    .sort((x, y) => y.mentions - x.mentions)
    .map((e) => `**${e.name}** (${e.type}${e.roles.length ? `; ${e.roles.join(', ')}` : ''})${e.aliases.length ? ` also "${e.aliases.join('", "')}"` : ''} x${e.mentions}`);
  return [
    `## ${a.title ?? '(untitled)'}`,
    `${a.outlet ?? 'unknown outlet'} | ${a.published ?? 'date unknown'} | ${a.source} | ${n.sentences.length} sentences`,
    '',
    '### Entities',
    list(people),
    '### Quotes',
    list(n.quotes.map((q) => `"${q.text}" (${q.speaker ?? 'speaker unknown'})`)),
    '### Cited sources',
    list([...new Map(n.cites.map((c) => [`${c.name}|${c.kind}`, `${c.name} (${c.kind})`])).values()]),
    '### Time expressions',
    list(n.times.map((t) => `${t.text}: ${t.date ?? 'unresolved'}`)),
    '### Loaded language',
    list(n.loaded.map((l) => `"${l.text}" (${l.kind}) in: ${sentenceOf(l.sentence).slice(0, 140)}`)),
    a.removed.length ? `### Removed boilerplate\n${list(a.removed.map((r) => r.slice(0, 100)))}` : '',
    '',
  ].join('\n');
}
