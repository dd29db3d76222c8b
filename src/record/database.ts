import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator, PostgresDialect } from "kysely";
import { Pool } from "pg";
import type { StoreConfig } from "../config";
import { migrationProvider } from "./migrations";
import { PGliteDialect } from "./pglite-dialect";
import type { Tables } from "./tables";

/** The record's database: PostgreSQL with `DATABASE_URL`, else the embedded PGlite in `DATA_DIR`. */
export interface Database {
  readonly kind: "postgres" | "pglite";
  readonly db: Kysely<Tables>;
  /** The server URL (PostgreSQL only), for connections that LISTEN. Holds credentials: never log it. */
  readonly url?: string;
  close(): Promise<void>;
}

/** Opens the database and applies pending migrations. Throws when it cannot (start-up then fails). */
export async function openDatabase(config: Pick<StoreConfig, "databaseUrl" | "dataDir">, opts: { pglite?: PGlite } = {}): Promise<Database> {
  let database: Database;
  if (config.databaseUrl) {
    const pool = new Pool({ connectionString: config.databaseUrl, max: 10, connectionTimeoutMillis: 5000 });
    // An idle client losing its server is reported here; the next query gets a fresh one.
    pool.on("error", () => undefined);
    database = { kind: "postgres", url: config.databaseUrl, db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }), close: () => closeKysely(database) };
  } else {
    const client = opts.pglite ?? (await openPGlite(config.dataDir));
    database = { kind: "pglite", db: new Kysely<Tables>({ dialect: new PGliteDialect(client) }), close: () => closeKysely(database) };
  }
  await migrate(database.db);
  return database;
}

async function closeKysely(database: Database): Promise<void> {
  await database.db.destroy();
}

async function openPGlite(dataDir: string): Promise<PGlite> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  return PGlite.create({ dataDir: dir });
}

async function migrate(db: Kysely<Tables>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`database migration ${failed ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
