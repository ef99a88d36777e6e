/** Entries per page: 64K doubles, 512 KB. */
const PAGE_BITS = 16;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

/**
 * A zero-initialised array of doubles indexed by term id that grows a page at a time and never copies.
 *
 * Why: arrays indexed by term id (document frequencies, counting scratch) reach a million entries at 50,000 live
 * stories; doubling a typed array copies all of it in one add() (a 30-70 ms spike in bench/stories-latency.ts).
 */
export class PagedArray {
  private readonly pages: Float64Array[] = [];

  get(i: number): number {
    return this.pages[i >>> PAGE_BITS]?.[i & PAGE_MASK] ?? 0;
  }

  add(i: number, n: number): void {
    const page = this.pages[i >>> PAGE_BITS] ?? this.allocate(i >>> PAGE_BITS);
    page[i & PAGE_MASK]! += n;
  }

  set(i: number, n: number): void {
    const page = this.pages[i >>> PAGE_BITS] ?? this.allocate(i >>> PAGE_BITS);
    page[i & PAGE_MASK] = n;
  }

  private allocate(p: number): Float64Array {
    while (this.pages.length <= p) this.pages.push(new Float64Array(PAGE_SIZE));
    return this.pages[p]!;
  }
}
