/**
 * Group commit: items submitted while a group is being written go together in the next group, so a burst of N
 * submissions costs a handful of transactions instead of N. Nothing waits on a timer: a group starts as soon as the
 * event loop has read what else arrived. If a group fails, its items are written one by one, so one bad item (or a
 * store that came back meanwhile) only fails its own submission.
 */
export class GroupCommit<I, O> {
  private queue: Array<{ item: I; resolve: (o: O) => void; reject: (err: unknown) => void }> = [];
  private flushing = false;

  constructor(
    private readonly writeGroup: (items: I[]) => Promise<O[]>,
    private readonly writeOne: (item: I) => Promise<O>,
    private readonly maxGroup = 50,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length) {
        // The store's statements run without yielding to I/O (PGlite is in-process), so requests that arrived during
        // the last group are still unread: let the event loop read them first, so they join this group.
        await new Promise((resolve) => setImmediate(resolve));
        const group = this.queue.splice(0, this.maxGroup);
        try {
          const out = await this.writeGroup(group.map((g) => g.item));
          group.forEach((g, i) => g.resolve(out[i]));
        } catch {
          for (const g of group) await this.writeOne(g.item).then(g.resolve, g.reject);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
