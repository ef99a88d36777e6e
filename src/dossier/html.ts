import type { Dossier } from './build.ts';
import { citedSources, loadedUses, storyQuotes } from './story-sections.ts';

type Story = Dossier['stories'][number];

/** Escapes text for HTML element content and attribute values: article text is never markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
h1,h2,h3{line-height:1.2}h2{border-top:3px solid #333;padding-top:1rem;margin-top:3rem}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
.corroborated{background:#cdeccd}.single-source{background:#fff2b3}.disputed{background:#f7c4c4}
.sides{display:flex;gap:1rem}.side{flex:1;border:1px solid #ccc;padding:.5rem;border-radius:4px}
.cite{font-size:12px;color:#555}.muted{color:#666}sup a{text-decoration:none}`;

function outletOf(d: Dossier): (id: string) => string {
  const byId = new Map(d.articles.map((a) => [a.id, a.outlet ?? a.title ?? a.source]));
  return (id) => byId.get(id) ?? id;
}

function brief(d: Dossier, s: Story, n: Map<string, number>): string {
  const label = outletOf(d);
  const items = s.brief.map((b) => {
    const refs = b.articleIds.map((id) => `<sup><a href="#art-${n.get(id)}" title="${escapeHtml(label(id))}">[${n.get(id)}]</a></sup>`).join('');
    return `<li>${escapeHtml(b.text)} ${refs}</li>`;
  });
  return `<h3>Brief</h3><ol>${items.join('')}</ol>`;
}

function matrix(d: Dossier, s: Story): string {
  const label = outletOf(d);
  const claims = s.claims.filter((c) => c.articleIds.length > 1 || c.status === 'disputed').slice(0, 25);
  if (claims.length === 0) return '';
  const head = claims.map((c, i) => `<th title="${escapeHtml(c.text)}">C${i + 1}</th>`).join('');
  const rows = s.articleIds.map((id) => {
    const cells = claims.map((c) => (c.articleIds.includes(id) ? `<td class="${c.status}" title="${escapeHtml(c.status)}">&#9679;</td>` : '<td></td>')).join('');
    return `<tr><th>${escapeHtml(label(id))}</th>${cells}</tr>`;
  });
  const legend = claims.map((c, i) => `<li><b>C${i + 1}</b> <span class="${c.status}">${c.status}</span>, ${c.independentSources} independent (${escapeHtml(c.origins.join(', '))}): ${escapeHtml(c.text)}</li>`);
  return `<h3>Coverage matrix</h3><table><tr><th>outlet</th>${head}</tr>${rows.join('')}</table><ol class="cite">${legend.join('')}</ol>`;
}

function conflicts(d: Dossier, s: Story): string {
  if (s.conflicts.length === 0) return '<h3>Conflicts</h3><p class="muted">None found.</p>';
  const label = outletOf(d);
  const items = s.conflicts.map((c) => {
    const sides = c.sides
      .map((side) => `<div class="side"><b>${escapeHtml(side.value)}</b>${side.statements.map((st) => `<p>${escapeHtml(st.text)} <span class="cite">(${escapeHtml(label(st.articleId))})</span></p>`).join('')}</div>`)
      .join('');
    return `<h4>${escapeHtml(c.kind)}</h4><div class="sides">${sides}</div>`;
  });
  return `<h3>Conflicts</h3>${items.join('')}`;
}

function families(d: Dossier, s: Story): string {
  const label = outletOf(d);
  const items = s.families.map((f) => `<li>${f.articleIds.map((id) => escapeHtml(label(id))).join(', ')}${f.origin ? ` (origin: ${escapeHtml(f.origin)})` : ''}: <span class="muted">${escapeHtml(f.evidence)}</span></li>`);
  return `<h3>Families</h3><ul>${items.join('')}</ul>`;
}

function timeline(d: Dossier, s: Story): string {
  const label = outletOf(d);
  const rows = s.timeline.slice(0, 30).map((e) => `<tr><td>${escapeHtml(e.date ?? 'undated')}</td><td>${escapeHtml(e.when)}</td><td>${escapeHtml(e.text)}</td><td class="cite">${e.articleIds.map((id) => escapeHtml(label(id))).join(', ')}</td></tr>`);
  return `<h3>Timeline</h3><table><tr><th>date</th><th>as written</th><th>event</th><th>articles</th></tr>${rows.join('')}</table>`;
}

/** Quotes, sources and loaded words listed per story: the ones most articles share. */
const MAX_ITEMS = 40;

function quotes(d: Dossier, s: Story): string {
  const label = outletOf(d);
  const rows = storyQuotes(s).slice(0, MAX_ITEMS).map((q) => `<tr><td>${escapeHtml(q.text)}</td><td>${escapeHtml(q.speaker ?? 'speaker unknown')}${q.speakers.length ? ` <span class="muted">(articles differ: ${escapeHtml(q.speakers.join(' / '))})</span>` : ''}</td><td class="cite">${q.articleIds.map((id) => escapeHtml(label(id))).join(', ')}</td></tr>`);
  if (rows.length === 0) return '<h3>Quotes</h3><p class="muted">None found.</p>';
  return `<h3>Quotes</h3><table><tr><th>quote</th><th>speaker</th><th>articles</th></tr>${rows.join('')}</table>`;
}

function sources(d: Dossier, s: Story): string {
  const label = outletOf(d);
  const rows = citedSources(d, s).slice(0, MAX_ITEMS).map((c) => `<tr><td>${escapeHtml(c.name)}</td><td>${escapeHtml(c.kind)}</td><td class="cite">${c.articleIds.map((id) => escapeHtml(label(id))).join(', ')}</td></tr>`);
  if (rows.length === 0) return '<h3>Sources cited</h3><p class="muted">None found.</p>';
  return `<h3>Sources cited</h3><table><tr><th>source</th><th>kind</th><th>cited by</th></tr>${rows.join('')}</table>`;
}

function loaded(d: Dossier, s: Story): string {
  const label = outletOf(d);
  const rows = loadedUses(d, s).slice(0, MAX_ITEMS).map((l) => `<tr><td>${escapeHtml(l.text)}</td><td>${escapeHtml(l.kind)}</td><td>${escapeHtml(l.example)}</td><td class="cite">${l.articleIds.map((id) => escapeHtml(label(id))).join(', ')}</td></tr>`);
  if (rows.length === 0) return '<h3>Loaded language</h3><p class="muted">None found.</p>';
  return `<h3>Loaded language</h3><table><tr><th>words</th><th>kind</th><th>in</th><th>articles</th></tr>${rows.join('')}</table>`;
}

function entities(s: Story): string {
  const rows = s.entities.slice(0, 40).map((e) => `<tr><td>${escapeHtml(e.name)}</td><td>${e.type}</td><td>${escapeHtml(e.aliases.join(', '))}</td><td>${escapeHtml(e.roles.join(', '))}</td><td>${e.articleIds.length}</td></tr>`);
  return `<h3>Entities</h3><table><tr><th>name</th><th>type</th><th>aliases</th><th>roles</th><th>articles</th></tr>${rows.join('')}</table>`;
}

/** One self-contained HTML report: no scripts, no external requests, every article-derived string escaped. */
export function renderHtml(d: Dossier): string {
  const number = new Map(d.articles.map((a, i) => [a.id, i + 1]));
  const stories = d.stories.map((s) => `<h2>${escapeHtml(s.title)}</h2>${brief(d, s, number)}${conflicts(d, s)}${matrix(d, s)}${quotes(d, s)}${sources(d, s)}${loaded(d, s)}${families(d, s)}${timeline(d, s)}${entities(s)}`);
  const articles = d.articles.map((a, i) => `<li id="art-${i + 1}">${escapeHtml(a.outlet ?? 'unknown outlet')}: ${escapeHtml(a.title ?? '(untitled)')} <span class="muted">${escapeHtml(a.published ?? '')} ${escapeHtml(a.source)}</span></li>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Corroborate dossier</title><style>${CSS}</style></head><body><h1>Corroborate dossier</h1><p class="muted">${d.articles.length} articles, ${d.stories.length} stories, generated ${escapeHtml(d.generatedAt)}</p>${stories.join('')}<h2>Articles</h2><ol>${articles.join('')}</ol></body></html>\n`;
}
