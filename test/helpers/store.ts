import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { openDatabase, type Database } from "../../src/record/database";
import { migrationProvider } from "../../src/record/migrations";

/*
 * Starting a PGlite cluster costs 1–2 s of CPU, and most test files start several apps. So a test file keeps the
 * clusters its apps closed and hands them out again emptied (every table truncated, sequences restarted): the next
 * app sees the same empty, migrated store a new cluster would give, for a few milliseconds.
 */
const idle: PGlite[] = [];
if (typeof afterAll === "function") afterAll(() => Promise.all(idle.splice(0).map((client) => client.close())));

/**
 * An empty, migrated embedded store in memory. The first cluster on this machine is migrated and dumped to the temp
 * directory (keyed by the migration names); later ones load that copy. Nothing is written to the repository's
 * data/ directory. Closing the store empties it and keeps it for the next call in this test file.
 */
export async function memoryDatabase(): Promise<Database> {
  const reused = idle.pop();
  if (reused) return openDatabase({ dataDir: "" }, { pglite: lease(reused) });
  const names = Object.keys(await migrationProvider.getMigrations()).join(",");
  const file = path.join(tmpdir(), `hiregraph-pglite-${createHash("sha256").update(names).digest("hex").slice(0, 12)}.tar.gz`);
  if (existsSync(file)) return openDatabase({ dataDir: "" }, { pglite: lease(await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) })) });
  const client = await PGlite.create();
  const database = await openDatabase({ dataDir: "" }, { pglite: lease(client) });
  const dump = await client.dumpDataDir("gzip");
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return database;
}

/** The tables a test may have written, i.e. all but kysely's migration bookkeeping. */
async function dataTables(client: PGlite): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%'");
  return rows.map((r) => `"${r.name}"`);
}

/**
 * The cluster as one app sees it: closing it empties it and returns it to the idle list instead of shutting it
 * down, and from then on this lease refuses every call, as a closed PGlite would (tests of a store outage rely on it).
 */
function lease(client: PGlite): PGlite {
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    const tables = await dataTables(client);
    if (tables.length) await client.exec(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
    idle.push(client);
  };
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "closed") return released;
      if (prop === "close") return release;
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (released) throw new Error("PGlite is closed");
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
