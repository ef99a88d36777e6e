import type { StoryAnalysis } from '../compare/types.ts';
import { type Dossier, type DossierArticle, type DossierStory, type LazyDossier, toStory } from './build.ts';

const INDENT = '  ';

/** One value as JSON.stringify(value, null, 2) writes it `depth` levels deep (strings never hold a raw newline). */
function nested(value: unknown, depth: number): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${INDENT.repeat(depth)}`);
}

type Rest = Pick<Dossier, 'rejected' | 'duplicates'>;

/** Articles and stories sit two levels deep in the dossier. */
const ITEM_DEPTH = 2;

/**
 * A story's dossier entry as JSON text, indented to follow DossierJson.storyPrefix: the thread that analysed the
 * story can write it, so the objects never have to be copied to the thread that writes the file.
 */
export function storyJson(story: StoryAnalysis): string {
  return nested(toStory(story), ITEM_DEPTH);
}

/**
 * The dossier as JSON text written as it is made: the head, then each article and each story as it comes, then
 * what is known only at the end (rejected inputs, duplicates). The pieces join to exactly
 * `JSON.stringify(dossier, null, 2) + '\n'` (key order: schemaVersion, generatedAt, articles, stories, rejected,
 * duplicates), without ever holding the whole text or the whole dossier: 10,000 articles make a ~530 MB dossier,
 * more than V8's largest string.
 *
 * const json = new DossierJson(); write(json.start(now)); write(json.article(a)); write(json.story(s)); write(json.end(rest));
 */
export class DossierJson {
  private list: 'articles' | 'stories' | null = null;
  private items = 0;

  start(generatedAt: string): string {
    return `{\n${INDENT}"schemaVersion": 1,\n${INDENT}"generatedAt": ${JSON.stringify(generatedAt)}`;
  }

  article(article: DossierArticle): string {
    return this.open('articles') + this.item(article);
  }

  story(story: DossierStory): string {
    return this.open('stories') + this.item(story);
  }

  /** What goes before a story written as JSON by storyJson (e.g. in a worker thread, as bytes). */
  storyPrefix(): string {
    return `${this.open('stories')}${this.items++ === 0 ? '[' : ','}\n${INDENT.repeat(2)}`;
  }

  end(rest: Rest): string {
    return `${this.open('stories')}${this.close()},\n${INDENT}"rejected": ${nested(rest.rejected, 1)},\n${INDENT}"duplicates": ${nested(rest.duplicates, 1)}\n}\n`;
  }

  /** Closes the lists before `list` (an empty one as `[]`) and opens `list` if it is not open yet. */
  private open(list: 'articles' | 'stories'): string {
    if (this.list === list) return '';
    let text = '';
    if (this.list === null) text += `,\n${INDENT}"articles": `;
    if (list === 'stories') {
      text += `${this.list === 'articles' ? this.close() : '[]'},\n${INDENT}"stories": `;
    }
    this.list = list;
    this.items = 0;
    return text;
  }

  private item(value: unknown): string {
    return `${this.items++ === 0 ? '[' : ','}\n${INDENT.repeat(2)}${nested(value, ITEM_DEPTH)}`;
  }

  private close(): string {
    return this.items === 0 ? '[]' : `\n${INDENT}]`;
  }
}

/**
 * A whole dossier as JSON text in pieces, one article or story at a time (see DossierJson).
 *
 * for (const piece of serializeDossier(dossier)) await write(piece);
 */
export function* serializeDossier(dossier: Dossier | LazyDossier): Generator<string> {
  const json = new DossierJson();
  yield json.start(dossier.generatedAt);
  for (const a of 'items' in dossier.articles ? dossier.articles.items() : dossier.articles) yield json.article(a);
  for (const s of 'items' in dossier.stories ? dossier.stories.items() : dossier.stories) yield json.story(s);
  yield json.end(dossier);
}
