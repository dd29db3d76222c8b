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
 * read that was sent before the request asked. The keys asked for during one turn of the event loop are gathered
 * in that caller's open window; when the turn ends the window closes and its keys are read together, each distinct
 * key once. A key asked for after that opens the next window. So a request only ever joins a read not yet sent,
 * whose answer is at least as new as the request: a caller that wrote on another instance and then reads here
 * still sees its write, as when every request reads on its own.
 *
 * Windows are per caller (the outbound budget's share key), so one caller's reads are charged to its own budget and
 * fail with its own errors, never with another caller's.
 */
export class ReadWindows<T> {
  private readonly open = new Map<string, Map<string, Waiting<T>>>();

  constructor(
    private readonly readBatch: BatchRead<T>,
    private readonly maxBatch = 100,
  ) {}

  /** The values of `keys` for the caller `share`, read with whatever else that caller asks for in this turn. */
  read(share: string, keys: readonly string[]): Promise<Array<T | Error>> {
    let window = this.open.get(share);
    if (!window) {
      const opened = new Map<string, Waiting<T>>();
      this.open.set(share, opened);
      // setImmediate runs once the event loop has handled the I/O that was ready, so requests that arrived together
      // have all reached their loaders; it runs in the async context of the request that opened the window.
      setImmediate(() => {
        this.open.delete(share);
        void this.send(opened);
      });
      window = opened;
    }
    const open = window;
    return Promise.all(
      keys.map((key) => {
        let entry = open.get(key);
        if (!entry) open.set(key, (entry = waiting<T>()));
        return entry.promise;
      }),
    );
  }

  private async send(window: Map<string, Waiting<T>>): Promise<void> {
    const keys = [...window.keys()];
    const chunks: string[][] = [];
    for (let i = 0; i < keys.length; i += this.maxBatch) chunks.push(keys.slice(i, i + this.maxBatch));
    await Promise.all(
      chunks.map(async (chunk) => {
        const values = await this.readBatch(chunk).catch((err: unknown) => chunk.map(() => (err instanceof Error ? err : new Error(String(err)))));
        chunk.forEach((key, i) => window.get(key)!.settle(values[i] ?? new Error(`no value was read for ${key}`)));
      }),
    );
  }
}
