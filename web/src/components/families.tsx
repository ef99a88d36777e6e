import { useState } from 'preact/hooks';
import type { Family } from '../../../src/api-types.ts';
import type { StoryIndex } from '../story-index.ts';

/** Aligned pairs shown before "show all": enough to see the derivation, short enough to scroll past. */
const PAIRS_SHOWN = 6;

function FamilyView({ family, index }: { family: Family; index: StoryIndex }) {
  const [all, setAll] = useState(false);
  const pairs = all ? family.alignments : family.alignments.slice(0, PAIRS_SHOWN);
  return (
    <article class="family">
      <h3>
        {family.articleIds.map((id) => index.outlet(id)).join(', ')}
        {family.origin && <span class="origin"> — origin: {family.origin}</span>}
      </h3>
      <p class="evidence">{family.evidence}</p>
      <table class="pairs">
        <thead>
          <tr>
            <th scope="col">sentence</th>
            <th scope="col">aligned sentence</th>
            <th scope="col">score</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((p, k) => (
            <tr key={k}>
              <td>
                <span class="pair-outlet">{index.outlet(p.a)}</span> {index.sentence(p.a, p.aSentence) ?? `sentence ${p.aSentence}`}
              </td>
              <td>
                <span class="pair-outlet">{index.outlet(p.b)}</span> {index.sentence(p.b, p.bSentence) ?? `sentence ${p.bSentence}`}
              </td>
              <td class="num">{p.score.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {family.alignments.length > PAIRS_SHOWN && (
        <button type="button" class="link-button" onClick={() => setAll(!all)}>
          {all ? 'show fewer pairs' : `show all ${family.alignments.length} pairs`}
        </button>
      )}
    </article>
  );
}

/** Families of rewrites: articles derived from one text, with the aligned sentence pairs as evidence. */
export function Families({ families, index }: { families: Family[]; index: StoryIndex }) {
  if (families.length === 0) return <p class="empty">No rewrites: every article reads as independent reporting.</p>;
  return (
    <div class="families">
      {families.map((f) => (
        <FamilyView key={f.id} family={f} index={index} />
      ))}
    </div>
  );
}
