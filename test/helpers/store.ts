import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase, type Database } from "../../src/record/database";
import { migrationProvider } from "../../src/record/migrations";

/**
 * An empty, migrated embedded store in memory. Creating a PGlite cluster takes seconds of CPU, so the first call
 * on this machine dumps a migrated cluster to the temp directory (keyed by the migration names) and later calls
 * load that copy in about half a second. Nothing is written to the repository's data/ directory.
 */
export async function memoryDatabase(): Promise<Database> {
  const names = Object.keys(await migrationProvider.getMigrations()).join(",");
  const file = path.join(tmpdir(), `hiregraph-pglite-${createHash("sha256").update(names).digest("hex").slice(0, 12)}.tar.gz`);
  if (existsSync(file)) return openDatabase({ dataDir: "" }, { pglite: await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) }) });
  const client = await PGlite.create();
  const database = await openDatabase({ dataDir: "" }, { pglite: client });
  const dump = await client.dumpDataDir("gzip");
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return database;
}
