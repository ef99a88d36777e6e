import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Packed bytes kept in memory before the store moves to a temporary file: 64 MB holds ~2,000 annotated 5 KB
 * articles (~34 KB each, v8.serialize, tokens dropped), so the demo corpus and tests never touch the disk, while
 * 10,000 articles (~340 MB packed, ~500 MB as objects) stay off the heap.
 */
export const DEFAULT_MEMORY_BYTES = 64 * 1024 * 1024;

/**
 * Packed articles (opaque bytes, e.g. v8.serialize) held for the length of one analysis: in memory up to a budget,
 * then in a temporary file (under os.tmpdir(), i.e. $TMPDIR: ~34 KB per 5 KB article) that nothing outlives. An analysis reads each article twice (when it is read, and when
 * its story is analysed), with the whole batch in between; keeping them as objects until then was what made
 * `analyze` grow with the corpus.
 *
 * const store = new PackedArticles(); store.put('a1', bytes); store.get('a1'); store.close();
 */
export class PackedArticles {
  private readonly inMemory = new Map<string, Uint8Array>();
  private readonly inFile = new Map<string, { at: number; length: number }>();
  private memoryBytes = 0;
  private file: { dir: string | null; fd: number; end: number } | null = null;

  constructor(private readonly memoryBudget: number = DEFAULT_MEMORY_BYTES) {}

  get size(): number {
    return this.inMemory.size + this.inFile.size;
  }

  /** Whether the store has moved to its temporary file. */
  get spilled(): boolean {
    return this.file !== null;
  }

  put(id: string, bytes: Uint8Array): void {
    if (this.inMemory.has(id) || this.inFile.has(id)) throw new Error(`packed article ${id} stored twice`);
    if (!this.file && this.memoryBytes + bytes.byteLength <= this.memoryBudget) {
      this.inMemory.set(id, bytes);
      this.memoryBytes += bytes.byteLength;
      return;
    }
    if (!this.file) this.spill();
    this.append(id, bytes);
  }

  /** A fresh copy of the article's bytes (its own ArrayBuffer, so it can be transferred to a worker). */
  get(id: string): Uint8Array {
    const held = this.inMemory.get(id);
    if (held) return held.slice();
    const at = this.inFile.get(id);
    if (!at || !this.file) throw new Error(`no packed article ${id}`);
    const bytes = new Uint8Array(at.length);
    let done = 0;
    while (done < at.length) done += readSync(this.file.fd, bytes, done, at.length - done, at.at + done);
    return bytes;
  }

  /** Deletes the temporary file; the store is empty afterwards. */
  close(): void {
    this.inMemory.clear();
    this.inFile.clear();
    this.memoryBytes = 0;
    if (!this.file) return;
    closeSync(this.file.fd);
    if (this.file.dir) rmSync(this.file.dir, { recursive: true, force: true });
    this.file = null;
  }

  /** Moves what is held in memory to a new temporary file; later articles go straight there. */
  private spill(): void {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-articles-'));
    this.file = { dir, fd: openSync(path.join(dir, 'articles.bin'), 'w+', 0o600), end: 0 };
    // Unlinked while open (POSIX): the space is freed when the descriptor closes, even if the process is killed
    // (Ctrl-C) before close(). Where an open file cannot be removed, close() removes it.
    try {
      rmSync(dir, { recursive: true });
      this.file.dir = null;
    } catch {}
    for (const [id, bytes] of this.inMemory) this.append(id, bytes);
    this.inMemory.clear();
    this.memoryBytes = 0;
  }

  private append(id: string, bytes: Uint8Array): void {
    const file = this.file!;
    let done = 0;
    while (done < bytes.byteLength) done += writeSync(file.fd, bytes, done, bytes.byteLength - done, file.end + done);
    this.inFile.set(id, { at: file.end, length: bytes.byteLength });
    file.end += bytes.byteLength;
  }
}
