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
 * read that was sent before the request asked. While the caller is busy, the keys it asks for during one turn of
 * the event loop are gathered in its open window; when the turn ends the window closes and its keys are read
 * together, each distinct key once. A key asked for after that opens the next window. So a request only ever joins
 * a read not yet sent, whose answer is at least as new as the request: a caller that wrote on another instance and
 * then reads here still sees its write, as when every request reads on its own.
 *
 * Busy: at least `busyFrom` of the caller's reads are waiting for answers. A caller with fewer is read for at once,
 * because waiting for the end of the turn adds the time the rest of the turn takes (parsing other requests, a
 * callback group's commit) and a turn seldom brings such a caller another request to share with: in a steady mix
 * at 100 requests/s (`npm run bench:soak`) always waiting doubled the last minute's p99.
 *
 * Windows are per caller (the outbound budget's share key), so one caller's reads are charged to its own budget and
 * fail with its own errors, never with another caller's.
 */
export class ReadWindows<T> {
  private readonly open = new Map<string, Map<string, Waiting<T>>>();
  /** share → its reads waiting for answers. */
  private readonly waitingReads = new Map<string, number>();

  /**
   * `maxBatch`: the most keys one `readBatch` call is given (a larger window is split). @default 100
   * `busyFrom`: how many of a caller's reads must be waiting for its next ones to be gathered. @default 4
   */
  constructor(
    private readonly readBatch: BatchRead<T>,
    private readonly options: { maxBatch?: number; busyFrom?: number } = {},
  ) {}

  /** The values of `keys` for the caller `share`, read with whatever else that caller asks for in this turn. */
  read(share: string, keys: readonly string[]): Promise<Array<T | Error>> {
    const waitingNow = this.waitingReads.get(share) ?? 0;
    this.waitingReads.set(share, waitingNow + 1);
    let window = this.open.get(share);
    if (!window && waitingNow >= (this.options.busyFrom ?? 4)) window = this.openWindow(share);
    const answers = window ? this.wait(window, keys) : this.readNow(keys);
    return answers.finally(() => this.answered(share));
  }

  private answered(share: string): void {
    const left = this.waitingReads.get(share)! - 1;
    if (left) this.waitingReads.set(share, left);
    else this.waitingReads.delete(share);
  }

  private readNow(keys: readonly string[]): Promise<Array<T | Error>> {
    const now = new Map<string, Waiting<T>>();
    const answers = this.wait(now, keys);
    void this.send(now);
    return answers;
  }

  private openWindow(share: string): Map<string, Waiting<T>> {
    const window = new Map<string, Waiting<T>>();
    this.open.set(share, window);
    // setImmediate runs once the event loop has handled the I/O that was ready, so requests that arrived together
    // have all reached their loaders; it runs in the async context of the request that opened the window.
    setImmediate(() => {
      this.open.delete(share);
      void this.send(window);
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

  private async send(window: Map<string, Waiting<T>>): Promise<void> {
    const keys = [...window.keys()];
    const maxBatch = this.options.maxBatch ?? 100;
    const chunks: string[][] = [];
    for (let i = 0; i < keys.length; i += maxBatch) chunks.push(keys.slice(i, i + maxBatch));
    await Promise.all(
      chunks.map(async (chunk) => {
        const values = await this.readBatch(chunk).catch((err: unknown) => chunk.map(() => (err instanceof Error ? err : new Error(String(err)))));
        chunk.forEach((key, i) => window.get(key)!.settle(values[i] ?? new Error(`no value was read for ${key}`)));
      }),
    );
  }
}
