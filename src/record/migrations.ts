import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";

/**
 * The record's schema, one migration per change, applied in name order at start-up by kysely's Migrator (which
 * takes a lock, so instances starting together on one PostgreSQL apply each migration once). The same SQL runs on
 * PGlite and PostgreSQL. Never edit a released migration: add the next one.
 */
const MIGRATIONS: Record<string, Migration> = {
  "0001_record": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("invites")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("provider_status", "text")
        .addColumn("candidate_email", "text")
        .addColumn("candidate_name", "text")
        .addColumn("external_id", "text")
        .addColumn("invite_url", "text")
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("fetched_at", "timestamptz", (c) => c.notNull())
        .addColumn("final", "boolean", (c) => c.notNull().defaultTo(false))
        .addColumn("poll_after", "timestamptz")
        .addColumn("poll_failures", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex("invites_candidate_email").on("invites").column("candidate_email").execute();
      await db.schema.createIndex("invites_external_id").on("invites").column("external_id").execute();
      await db.schema.createIndex("invites_poll").on("invites").columns(["final", "poll_after"]).execute();

      await db.schema
        .createTable("interviews")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("candidate_email", "text")
        .addColumn("candidate_name", "text")
        .addColumn("external_id", "text")
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("fetched_at", "timestamptz", (c) => c.notNull())
        .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();

      await db.schema
        .createTable("invite_events")
        .addColumn("seq", "bigserial", (c) => c.primaryKey())
        .addColumn("invite_id", "text", (c) => c.notNull())
        .addColumn("provider", "text", (c) => c.notNull())
        .addColumn("previous_status", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("provider_status", "text")
        .addColumn("occurred_at", "timestamptz", (c) => c.notNull())
        .addColumn("recorded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn("origin", "text", (c) => c.notNull())
        .addColumn("candidate_email", "text")
        .addColumn("external_id", "text")
        .execute();
      await db.schema.createIndex("invite_events_invite").on("invite_events").columns(["invite_id", "seq"]).execute();
      await db.schema.createIndex("invite_events_recorded").on("invite_events").column("recorded_at").execute();

      await db.schema
        .createTable("callback_deliveries")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("invite_id", "text", (c) => c.notNull())
        .addColumn("received_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex("callback_deliveries_received").on("callback_deliveries").column("received_at").execute();
    },
  },
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => MIGRATIONS };
