/**
 * Interned terms and their document frequencies, updated online.
 *
 * The trap: with an online IDF the first articles of a stream see nearly flat weights, so the same pair of articles
 * can score differently depending on arrival order. `seed()` starts from known frequencies (the whole batch, or a
 * background corpus) and `refine` recomputes vectors with the final frequencies.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private df: Int32Array = new Int32Array(1024);
  private extraDocuments = 0;
  documents = 0;

  get size(): number {
    return this.terms.length;
  }

  /** The id of term, interning it on first sight. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.df.length) this.grow();
    }
    return id;
  }

  term(id: number): string {
    return this.terms[id] ?? '';
  }

  /** Counts one document containing these distinct term ids. */
  countDocument(ids: Iterable<number>): void {
    this.documents++;
    for (const id of ids) this.df[id] = (this.df[id] ?? 0) + 1;
  }

  /** Starts from background frequencies; they count as documents already seen. */
  seed(background: { documents: number; df: Map<string, number> }): void {
    this.extraDocuments += background.documents;
    for (const [term, n] of background.df) {
      const id = this.intern(term);
      this.df[id] = (this.df[id] ?? 0) + n;
    }
  }

  /** Smoothed IDF, ln((N + 1) / (df + 1)) + 1 (scikit-learn's): never 0, never negative. */
  idf(id: number): number {
    const n = this.documents + this.extraDocuments;
    return Math.log((n + 1) / ((this.df[id] ?? 0) + 1)) + 1;
  }

  private grow(): void {
    const next = new Int32Array(this.df.length * 2);
    next.set(this.df);
    this.df = next;
  }
}
