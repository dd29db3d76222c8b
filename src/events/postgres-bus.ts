import { Client } from "pg";
import type { RecordedEvent, RecordStore } from "../record/record-store";
import { LocalFanout, type EventBus, type EventListener } from "./bus";

const CHANNEL = "hiregraph_invite_events";
/** NOTIFY payloads are limited to 8000 bytes; cursors are short, so a batch is split well below that. */
const MAX_PER_NOTIFY = 200;

export interface BusLog {
  warn(obj: object, msg: string): void;
}

/**
 * Several instances on one PostgreSQL: an event's cursor goes out with NOTIFY, and every instance (this one too)
 * LISTENs, reads the events by cursor from the shared record and hands them to its subscribers. The listening
 * connection reconnects with backoff; events recorded while it was down reach subscribers only through the query.
 */
export class PostgresBus implements EventBus {
  readonly kind = "postgres" as const;
  private readonly fanout = new LocalFanout();
  private listener?: Client;
  private closed = false;
  private retryMs = 200;

  constructor(
    private readonly url: string,
    private readonly store: RecordStore,
    private readonly log: BusLog,
  ) {}

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on("error", () => undefined);
    client.on("end", () => this.reconnect());
    client.on("notification", (msg) => {
      if (msg.channel === CHANNEL && msg.payload) void this.deliver(msg.payload.split(","));
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
    this.retryMs = 200;
  }

  private reconnect(): void {
    if (this.closed) return;
    this.listener = undefined;
    setTimeout(() => {
      this.start().catch((err) => {
        this.log.warn({ err: err instanceof Error ? err.message : String(err) }, "event bus: LISTEN connection failed, retrying");
        this.retryMs = Math.min(this.retryMs * 2, 10_000);
        this.reconnect();
      });
    }, this.retryMs).unref();
  }

  private async deliver(seqs: string[]): Promise<void> {
    try {
      for (const e of await this.store.getEvents(seqs.filter((s) => /^\d+$/.test(s)))) this.fanout.deliver(e);
    } catch (err) {
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, "event bus: could not read notified events");
    }
  }

  async publish(events: readonly RecordedEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += MAX_PER_NOTIFY) {
      const payload = events.slice(i, i + MAX_PER_NOTIFY).map((e) => e.seq).join(",");
      await this.store.notify(CHANNEL, payload);
    }
  }

  subscribe(listener: EventListener): () => void {
    return this.fanout.subscribe(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }
}
