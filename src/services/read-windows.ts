/** A batch read: a value or an error for each key, in key order. */
export type BatchRead<T> = (keys: readonly string[]) => Promise<Array<T | Error>>;

interface Waiting<T> {
  promise: Promise<T | Error>;
  settle(value: T | Error): void;
}

function waiting<T>(): Waiting<T> {
  let settle!: (value: T | Error) => void;
  const promise = new Promise<T | Error>((resolve) => (settle = resolve));
  return { promise, settle };
}

/**
 * Shares provider reads between the concurrent requests of one caller, without ever answering a request with a
 * read that was sent before the request asked. While the caller has reads under way, the keys it asks for during
 * one turn of the event loop are gathered in its open window; when the turn ends the window closes and its keys
 * are read together, each distinct key once. A key asked for after that opens the next window. So a request only
 * ever joins a read not yet sent, whose answer is at least as new as the request: a caller that wrote on another
 * instance and then reads here still sees its write, as when every request reads on its own.
 *
 * A caller with nothing under way is read for at once: waiting for the end of the turn would only add the time the
 * rest of the turn takes (a callback group's commit, say) for a caller that has no one to share with.
 *
 * Windows are per caller (the outbound budget's share key), so one caller's reads are charged to its own budget and
 * fail with its own errors, never with another caller's.
 */
export class ReadWindows<T> {
  private readonly open = new Map<string, Map<string, Waiting<T>>>();
  /** share → reads sent and not yet answered. */
  private readonly underWay = new Map<string, number>();

  constructor(
    private readonly readBatch: BatchRead<T>,
    private readonly maxBatch = 100,
  ) {}

  /** The values of `keys` for the caller `share`, read with whatever else that caller asks for in this turn. */
  read(share: string, keys: readonly string[]): Promise<Array<T | Error>> {
    const open = this.open.get(share);
    if (open) return this.wait(open, keys);
    if (this.underWay.has(share)) return this.wait(this.openWindow(share), keys);
    const now = new Map<string, Waiting<T>>();
    const answers = this.wait(now, keys);
    void this.send(share, now);
    return answers;
  }

  private openWindow(share: string): Map<string, Waiting<T>> {
    const window = new Map<string, Waiting<T>>();
    this.open.set(share, window);
    // setImmediate runs once the event loop has handled the I/O that was ready, so requests that arrived together
    // have all reached their loaders; it runs in the async context of the request that opened the window.
    setImmediate(() => {
      this.open.delete(share);
      void this.send(share, window);
    });
    return window;
  }

  private wait(window: Map<string, Waiting<T>>, keys: readonly string[]): Promise<Array<T | Error>> {
    return Promise.all(
      keys.map((key) => {
        let entry = window.get(key);
        if (!entry) window.set(key, (entry = waiting<T>()));
        return entry.promise;
      }),
    );
  }

  private async send(share: string, window: Map<string, Waiting<T>>): Promise<void> {
    this.underWay.set(share, (this.underWay.get(share) ?? 0) + 1);
    try {
      const keys = [...window.keys()];
      const chunks: string[][] = [];
      for (let i = 0; i < keys.length; i += this.maxBatch) chunks.push(keys.slice(i, i + this.maxBatch));
      await Promise.all(
        chunks.map(async (chunk) => {
          const values = await this.readBatch(chunk).catch((err: unknown) => chunk.map(() => (err instanceof Error ? err : new Error(String(err)))));
          chunk.forEach((key, i) => window.get(key)!.settle(values[i] ?? new Error(`no value was read for ${key}`)));
        }),
      );
    } finally {
      const left = this.underWay.get(share)! - 1;
      if (left) this.underWay.set(share, left);
      else this.underWay.delete(share);
    }
  }
}
