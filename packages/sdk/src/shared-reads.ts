/** One answer being fetched or kept, and who still waits for it. */
interface Entry {
  readonly answer: Promise<Loaded<unknown>>;
  readonly network: AbortController;
  /** Callers still waiting for the answer; at 0 its request is aborted. */
  waiting: number;
  /** When the kept answer expires (ms since the epoch); `Infinity` while in flight. */
  expires: number;
}

/** An answer, and how long it may be kept (ms): what its `Cache-Control` allows. */
export type Loaded<T> = readonly [answer: T, keepFor: number];

/**
 * Identical reads of one core, shared while in flight and kept once answered
 * for as long as the answer allows, at most `lifetime` ms. A failure is never
 * kept. `forget()` drops every kept answer, as a write through the core does,
 * so a read after a write sees its effect.
 */
export function sharedReads(lifetime: number): {
  /**
   * Loads the answer of a read (`load(signal)`), or joins the same read already
   * in flight, or returns its answer kept from a moment ago; each caller gets a
   * copy of its own. `signal` is the caller's: giving up aborts the network
   * request only once every caller of it has given up.
   */
  read: <T>(key: string, signal: AbortSignal, load: (signal: AbortSignal) => Promise<Loaded<T>>) => Promise<T>;
  forget: () => void;
} {
  const entries = new Map<string, Entry>();
  const drop = (key: string, entry: Entry): void => {
    if (entries.get(key) === entry) entries.delete(key);
  };
  const read = <T>(key: string, signal: AbortSignal, load: (signal: AbortSignal) => Promise<Loaded<T>>): Promise<T> => {
    const now = Date.now();
    for (const [kept, entry] of entries) if (entry.expires <= now) entries.delete(kept);
    let entry = entries.get(key);
    if (!entry) {
      const network = new AbortController();
      const created: Entry = { answer: load(network.signal), network, waiting: 0, expires: Infinity };
      created.answer.then(
        ([, keepFor]) => (created.expires = Date.now() + Math.min(keepFor, lifetime)),
        () => drop(key, created),
      );
      entries.set(key, (entry = created));
    }
    const joined = entry;
    joined.waiting++;
    const giveUp = (): void => {
      if (--joined.waiting > 0 || joined.expires !== Infinity) return;
      drop(key, joined);
      joined.network.abort(signal.reason);
    };
    signal.addEventListener('abort', giveUp, { once: true });
    const release = (): void => signal.removeEventListener('abort', giveUp);
    joined.answer.then(release, release);
    // A copy per caller: one that changes its answer does not change another's.
    return joined.answer.then(([answer]) => structuredClone(answer) as T);
  };
  return { read, forget: () => entries.clear() };
}
