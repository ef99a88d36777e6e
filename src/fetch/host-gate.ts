/** Per-host politeness: a cap on concurrent requests and a minimum gap between request starts. */

export interface HostGateOptions {
  /** Concurrent requests per host (default 2). */
  maxPerHost: number;
  /** Minimum time between the starts of two requests to the same host, in ms. */
  minDelayMs: number;
}

/** 256 hosts: a sweep costs one pass over the map, so it runs rarely, yet the map stays small. */
const SWEEP_AT = 256;

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (err: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

interface HostState {
  active: number;
  lastStart: number;
  queue: Waiter[];
  timer: NodeJS.Timeout | null;
}

/**
 * Hands out request slots per host in arrival order. A waiter whose signal aborts leaves the queue with the
 * signal's reason. Idle hosts whose gap has passed are swept once the map grows past {@link SWEEP_AT}, so a long
 * `watch` over many hosts does not grow without bound.
 */
export class HostGate {
  private readonly hosts = new Map<string, HostState>();
  constructor(private readonly options: HostGateOptions) {}

  /** Waits for a slot on `host`; call the returned function exactly once when the request is over. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const state = this.stateOf(host);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: () => this.abandon(host, waiter) };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      state.queue.push(waiter);
      this.pump(host);
    });
  }

  /** Requests now running per host (for tests and diagnostics). */
  activeOn(host: string): number {
    return this.hosts.get(host)?.active ?? 0;
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      if (this.hosts.size >= SWEEP_AT) this.sweep();
      state = { active: 0, lastStart: Number.NEGATIVE_INFINITY, queue: [], timer: null };
      this.hosts.set(host, state);
    }
    return state;
  }

  private abandon(host: string, waiter: Waiter): void {
    const state = this.hosts.get(host);
    const index = state?.queue.indexOf(waiter) ?? -1;
    if (!state || index < 0) return;
    state.queue.splice(index, 1);
    waiter.reject(waiter.signal?.reason);
  }

  private pump(host: string): void {
    const state = this.hosts.get(host);
    if (!state || state.timer || state.queue.length === 0 || state.active >= this.options.maxPerHost) return;
    const wait = state.lastStart + this.options.minDelayMs - Date.now();
    if (wait > 0) {
      state.timer = setTimeout(() => {
        state.timer = null;
        this.pump(host);
      }, wait);
      return;
    }
    const waiter = state.queue.shift()!;
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    state.active++;
    state.lastStart = Date.now();
    let released = false;
    waiter.resolve(() => {
      if (released) return;
      released = true;
      state.active--;
      this.pump(host);
    });
    this.pump(host);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [host, state] of this.hosts) {
      const idle = state.active === 0 && state.queue.length === 0 && !state.timer;
      if (idle && now - state.lastStart >= this.options.minDelayMs) this.hosts.delete(host);
    }
  }
}
