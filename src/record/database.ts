import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    const { client, unlock } = opts.pglite ? { client: opts.pglite, unlock: () => undefined } : await openPGlite(config.dataDir);
    database = {
      kind: "pglite",
      db: new Kysely<Tables>({ dialect: new PGliteDialect(client) }),
      close: async () => {
        await closeKysely(database);
        unlock();
      },
    };
  }
  await migrate(database.db);
  return database;
}

async function closeKysely(database: Database): Promise<void> {
  await database.db.destroy();
}

async function openPGlite(dataDir: string): Promise<{ client: PGlite; unlock: () => void }> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataDir(dir);
  try {
    return { client: await PGlite.create({ dataDir: dir }), unlock };
  } catch (err) {
    unlock();
    throw err;
  }
}

/**
 * PGlite does not guard its directory, and two processes writing one would corrupt it: a lock file holds the
 * owner's pid. A lock left by a process that is gone (killed, crashed) is taken over; the same pid counts as gone
 * too, since a restarted container's process often has the pid of the one that died.
 */
function lockDataDir(dir: string): () => void {
  const file = path.join(dir, "hiregraph.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number(readFileSync(file, "utf8").trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new Error(`the embedded store in ${dir} is in use by process ${owner}; PGlite admits one process, so several instances need DATABASE_URL`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock the embedded store in ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function migrate(db: Kysely<Tables>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`database migration ${failed ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
