import type { Config } from "../config";
import { InProcessBus, type EventBus } from "./bus";
import { PostgresBus, type BusLog } from "./postgres-bus";
import { openDatabase, type Database } from "../record/database";
import { RecordStore } from "../record/record-store";

/** The record and the bus that carries its events: what buildApp receives (tests pass their own). */
export interface RecordHandle {
  readonly database: Database;
  readonly store: RecordStore;
  readonly bus: EventBus;
  close(): Promise<void>;
}

/** Builds the bus that suits the database: NOTIFY between instances on PostgreSQL, in-process on PGlite. */
export async function recordOn(database: Database, log: BusLog, opts: { pollDelayMs?: number } = {}): Promise<RecordHandle> {
  const store = new RecordStore(database.db, { pollDelayMs: opts.pollDelayMs || 60_000 });
  let bus: EventBus = new InProcessBus();
  if (database.kind === "postgres" && database.url) {
    const pgBus = new PostgresBus(database.url, store, log);
    await pgBus.start();
    bus = pgBus;
  }
  return {
    database,
    store,
    bus,
    close: async () => {
      await bus.close();
      await database.close();
    },
  };
}

/** Opens the configured store (PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR) and applies migrations. */
export async function openRecord(config: Config, log: BusLog): Promise<RecordHandle> {
  return recordOn(await openDatabase(config.store), log, { pollDelayMs: config.poll.intervalMs });
}
