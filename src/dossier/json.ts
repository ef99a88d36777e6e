import type { StoryAnalysis } from '../compare/types.ts';
import { type Dossier, type DossierArticle, type DossierStory, type LazyDossier, toStory } from './build.ts';

/**
 * How a JSON dossier is laid out. `lines` (the default): compact, with each article and each story on a line of
 * its own, so `grep` finds an article's line and the text stays about half the indented size (a 10,000-article
 * dossier is ~290 MB, not ~550: small enough for one JavaScript string, and ~10 CPU-seconds cheaper to write).
 * `pretty`: indented by two spaces, exactly as `JSON.stringify(dossier, null, 2)` writes it.
 */
export type JsonLayout = 'lines' | 'pretty';

const INDENT = '  ';

/** Articles and stories sit two levels deep in the dossier. */
const ITEM_DEPTH = 2;

/** One value as JSON.stringify(value, null, 2) writes it `depth` levels deep (strings never hold a raw newline). */
function indented(value: unknown, depth: number): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${INDENT.repeat(depth)}`);
}

/** The punctuation around the dossier's top-level keys and its two long lists, per layout. */
interface Layout {
  /** Before a top-level key after the first. */
  key: string;
  /** Between a key and its value. */
  colon: string;
  /** Before each list item. */
  item: string;
  /** Before a non-empty list's closing bracket. */
  close: string;
  /** Before the final closing brace. */
  end: string;
  value: (value: unknown, depth: number) => string;
}

const LAYOUTS: Record<JsonLayout, Layout> = {
  pretty: { key: `,\n${INDENT}`, colon: ': ', item: `\n${INDENT.repeat(ITEM_DEPTH)}`, close: `\n${INDENT}`, end: '\n', value: indented },
  lines: { key: ',', colon: ':', item: '\n', close: '\n', end: '', value: (value) => JSON.stringify(value) ?? 'null' },
};

type Rest = Pick<Dossier, 'rejected' | 'duplicates'>;

/**
 * A story's dossier entry as JSON text, laid out to follow DossierJson.storyPrefix: the thread that analysed the
 * story can write it, so the objects never have to be copied to the thread that writes the file.
 */
export function storyJson(story: StoryAnalysis, layout: JsonLayout = 'lines'): string {
  return LAYOUTS[layout].value(toStory(story), ITEM_DEPTH);
}

/**
 * The dossier as JSON text written as it is made: the head, then each article and each story as it comes, then
 * what is known only at the end (rejected inputs, duplicates). The pieces join to one JSON document (key order:
 * schemaVersion, generatedAt, articles, stories, rejected, duplicates), laid out as `layout` says; with `pretty`,
 * exactly `JSON.stringify(dossier, null, 2) + '\n'`. Neither the whole text nor the whole dossier is ever held:
 * 10,000 articles make a dossier of several hundred MB.
 *
 * const json = new DossierJson(); write(json.start(now)); write(json.article(a)); write(json.story(s)); write(json.end(rest));
 */
export class DossierJson {
  private list: 'articles' | 'stories' | null = null;
  private items = 0;
  private readonly f: Layout;

  constructor(readonly layout: JsonLayout = 'lines') {
    this.f = LAYOUTS[layout];
  }

  start(generatedAt: string): string {
    const { f } = this;
    return `{${f.key.slice(1)}"schemaVersion"${f.colon}1${f.key}"generatedAt"${f.colon}${JSON.stringify(generatedAt)}`;
  }

  article(article: DossierArticle): string {
    return this.open('articles') + this.item(article);
  }

  story(story: DossierStory): string {
    return this.open('stories') + this.item(story);
  }

  /** What goes before a story written as JSON by storyJson with this layout (e.g. in a worker thread, as bytes). */
  storyPrefix(): string {
    return `${this.open('stories')}${this.items++ === 0 ? '[' : ','}${this.f.item}`;
  }

  end(rest: Rest): string {
    const { f } = this;
    return `${this.open('stories')}${this.close()}${f.key}"rejected"${f.colon}${f.value(rest.rejected, 1)}${f.key}"duplicates"${f.colon}${f.value(rest.duplicates, 1)}${f.end}}\n`;
  }

  /** Closes the lists before `list` (an empty one as `[]`) and opens `list` if it is not open yet. */
  private open(list: 'articles' | 'stories'): string {
    if (this.list === list) return '';
    const { f } = this;
    let text = '';
    if (this.list === null) text += `${f.key}"articles"${f.colon}`;
    if (list === 'stories') text += `${this.list === 'articles' ? this.close() : '[]'}${f.key}"stories"${f.colon}`;
    this.list = list;
    this.items = 0;
    return text;
  }

  private item(value: unknown): string {
    return `${this.items++ === 0 ? '[' : ','}${this.f.item}${this.f.value(value, ITEM_DEPTH)}`;
  }

  private close(): string {
    return this.items === 0 ? '[]' : `${this.f.close}]`;
  }
}

/**
 * A whole dossier as JSON text in pieces, one article or story at a time (see DossierJson).
 *
 * for (const piece of serializeDossier(dossier)) await write(piece);
 */
export function* serializeDossier(dossier: Dossier | LazyDossier, layout: JsonLayout = 'lines'): Generator<string> {
  const json = new DossierJson(layout);
  yield json.start(dossier.generatedAt);
  for (const a of 'items' in dossier.articles ? dossier.articles.items() : dossier.articles) yield json.article(a);
  for (const s of 'items' in dossier.stories ? dossier.stories.items() : dossier.stories) yield json.story(s);
  yield json.end(dossier);
}
