import type { Claim, ClaimStatus } from '../../../src/api-types.ts';
import type { StoryIndex } from '../story-index.ts';

const LABEL: Record<ClaimStatus, string> = { corroborated: 'corroborated', 'single-source': 'single source', disputed: 'disputed' };
const MARK: Record<ClaimStatus, string> = { corroborated: '●', 'single-source': '○', disputed: '◆' };

/** Outlet columns in story order, one per outlet even when it has several articles. */
function outletColumns(index: StoryIndex): Array<{ name: string; articleIds: string[] }> {
  const columns = new Map<string, string[]>();
  for (const a of index.articles) {
    const name = index.outlet(a.id);
    columns.set(name, [...(columns.get(name) ?? []), a.id]);
  }
  return [...columns].map(([name, articleIds]) => ({ name, articleIds }));
}

export function Legend() {
  return (
    <p class="legend">
      {(Object.keys(LABEL) as ClaimStatus[]).map((s) => (
        <span key={s} class={`legend-item status-${s}`}>
          <span class="swatch">{MARK[s]}</span> {LABEL[s]}
        </span>
      ))}
      <span class="legend-item">
        <span class="swatch empty-swatch" /> not stated
      </span>
    </p>
  );
}

/** Coverage matrix: which outlet states which claim, coloured by the claim's status. */
export function CoverageMatrix({ claims, index }: { claims: Claim[]; index: StoryIndex }) {
  const columns = outletColumns(index);
  const rows = [...claims].sort((a, b) => b.articleIds.length - a.articleIds.length);
  return (
    <div class="matrix-wrap">
      <Legend />
      <table class="matrix">
        <thead>
          <tr>
            <th scope="col">claim</th>
            <th scope="col">sources</th>
            {columns.map((c) => (
              <th scope="col" key={c.name} class="outlet-col">
                <span>{c.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((claim) => (
            <tr key={claim.id}>
              <th scope="row" class="claim-cell" title={claim.text}>
                {claim.text}
              </th>
              <td class="num">{claim.independentSources}</td>
              {columns.map((c) => {
                const statement = claim.statements.find((s) => c.articleIds.includes(s.articleId));
                return statement ? (
                  <td key={c.name} class={`cell status-${claim.status}`} title={`${LABEL[claim.status]}: ${statement.text}`}>
                    {MARK[claim.status]}
                  </td>
                ) : (
                  <td key={c.name} class="cell" />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
