import { EventEmitter } from "node:events";
import type { RecordedEvent } from "../record/record-store";

export type EventListener = (event: RecordedEvent) => void;

/**
 * Carries recorded invite events to the subscribers of every instance. `publish` is called after the event's
 * transaction committed; a subscriber that misses one (a restart, a dropped socket) catches up with the
 * `inviteEvents` query from its last cursor, so the bus may be best-effort.
 */
export interface EventBus {
  readonly kind: "in-process" | "postgres" | "redis";
  publish(events: readonly RecordedEvent[]): Promise<void>;
  /** Returns a function that stops the listener. */
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

/** Local delivery, shared by every bus: each instance hands events to its own subscribers through this. */
export class LocalFanout {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  deliver(event: RecordedEvent): void {
    this.emitter.emit("event", event);
  }
  subscribe(listener: EventListener): () => void {
    this.emitter.on("event", listener);
    return () => this.emitter.off("event", listener);
  }
}

/** One process (the embedded store admits only one): events go straight to this process's subscribers. */
export class InProcessBus implements EventBus {
  readonly kind = "in-process" as const;
  private readonly fanout = new LocalFanout();
  async publish(events: readonly RecordedEvent[]): Promise<void> {
    for (const e of events) this.fanout.deliver(e);
  }
  subscribe(listener: EventListener): () => void {
    return this.fanout.subscribe(listener);
  }
  async close(): Promise<void> {}
}
