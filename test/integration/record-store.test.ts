import { expectEntity } from "../helpers/entities";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AssessmentKind, DataSource, EventOrigin, InviteStatus, Provider } from "../../src/domain/enums";
import { openDatabase, type Database } from "../../src/record/database";
import { RecordStore, type InviteObservation, type ObserveResult } from "../../src/record/record-store";
import type { Assessment, ProviderInvite } from "../../src/domain/entities";
import { startPostgres, type TestPostgres } from "../helpers/postgres";
import { memoryDatabase } from "../helpers/store";

function invite(id: string, status: InviteStatus, extra: Partial<ProviderInvite> = {}): ProviderInvite {
  return {
    id: `imocha:invite:${id}`,
    provider: Provider.IMOCHA,
    providerId: id,
    status,
    providerStatus: status,
    candidate: { id: null, provider: Provider.IMOCHA, name: null, email: "Ada@Example.com" },
    assessment: ({ id: "imocha:test:1001", provider: Provider.IMOCHA, providerId: "1001", name: null, kind: AssessmentKind.SKILLS_TEST } satisfies Assessment),
    ...extra,
  } satisfies ProviderInvite;
}

const at = (s: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, s));

function recordSuite(name: string, open: () => Promise<{ database: Database; close(): Promise<void> }>) {
  describe(`record store on ${name}`, () => {
    let database: Database;
    let store: RecordStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ database, close } = await open());
      store = new RecordStore(database.db);
    });
    afterAll(() => close());

    it("records a new invite with an event whose previous status is null, and no event when the status stays", async () => {
      const [first] = await store.observeInvites([{ invite: invite("1", InviteStatus.PENDING, { inviteUrl: "https://t.example/1" }), fetchedAt: at(1), origin: EventOrigin.MUTATION }]);
      expect(first.event).toMatchObject({ inviteId: "imocha:invite:1", previousStatus: null, status: "PENDING", origin: "MUTATION", candidateEmail: "ada@example.com" });
      const [again] = await store.observeInvites([{ invite: invite("1", InviteStatus.PENDING), fetchedAt: at(2), origin: EventOrigin.READ }]);
      expect(again.event).toBeUndefined();
      // The read returned no link; the record keeps the one the create returned.
      expect(again.invite.inviteUrl).toBe("https://t.example/1");
      const recorded = (await store.getInvites(["imocha:invite:1"])).get("imocha:invite:1")!;
      expectEntity(recorded, "Invite");
      expect(recorded).toMatchObject({ status: "PENDING", inviteUrl: "https://t.example/1", source: DataSource.RECORD });
      expect(recorded.fetchedAt.toISOString()).toBe(at(2).toISOString());
      expectEntity(recorded.assessment, "Assessment");
    });

    it("makes one event per status change with a monotonic cursor, and pages them oldest first", async () => {
      const [a] = await store.observeInvites([{ invite: invite("1", InviteStatus.STARTED), fetchedAt: at(3), origin: EventOrigin.POLL }]);
      const [b] = await store.observeInvites([{ invite: invite("1", InviteStatus.COMPLETED, { completedAt: at(4) }), fetchedAt: at(4), origin: EventOrigin.READ }]);
      expect(a.event).toMatchObject({ previousStatus: "PENDING", status: "STARTED", origin: "POLL" });
      expect(b.event).toMatchObject({ previousStatus: "STARTED", status: "COMPLETED" });
      expect(BigInt(b.event!.seq)).toBeGreaterThan(BigInt(a.event!.seq));
      const page1 = await store.listEvents({ inviteIds: ["imocha:invite:1"] }, undefined, 2);
      expect(page1.events.map((e) => e.status)).toEqual(["PENDING", "STARTED"]);
      expect(page1.hasMore).toBe(true);
      const page2 = await store.listEvents({ inviteIds: ["imocha:invite:1"] }, page1.events[1].seq, 2);
      expect(page2.events.map((e) => e.status)).toEqual(["COMPLETED"]);
      expect(page2.hasMore).toBe(false);
      expect((await store.listEvents({ candidateEmail: "ADA@example.COM" }, undefined, 10)).events).toHaveLength(3);
      expect((await store.listEvents({ providers: [Provider.XOBIN] }, undefined, 10)).events).toHaveLength(0);
    });

    it("ignores an older observation that arrives after a newer one", async () => {
      const [stale] = await store.observeInvites([{ invite: invite("1", InviteStatus.PENDING), fetchedAt: at(0), origin: EventOrigin.READ }]);
      expect(stale.event).toBeUndefined();
      expect(stale.invite.status).toBe("COMPLETED");
    });

    it("acknowledges a repeated callback delivery without a second change", async () => {
      const obs = { invite: invite("2", InviteStatus.STARTED), fetchedAt: at(5), origin: EventOrigin.CALLBACK, partial: true, deliveryKey: "imocha:2:inprogress:t1" };
      const [first] = await store.observeInvites([obs]);
      const [second] = await store.observeInvites([{ ...obs, fetchedAt: at(6) }]);
      expect(first).toMatchObject({ duplicate: false, event: { status: "STARTED" } });
      expect(second).toMatchObject({ duplicate: true });
      expect(second.event).toBeUndefined();
      expect((await store.listEvents({ inviteIds: ["imocha:invite:2"] }, undefined, 10)).events).toHaveLength(1);
    });

    it("records a group in one transaction exactly as one by one: states, events, duplicates and stale reads", async () => {
      /** The same story under a prefix: W exists beforehand, X changes thrice in the group, deliveries repeat. */
      const story = (p: string): { before: InviteObservation[]; group: InviteObservation[] } => {
        const cb = (id: string, status: InviteStatus, s: number, key: string, extra: Partial<ProviderInvite> = {}) => ({
          invite: invite(`${p}${id}`, status, extra), fetchedAt: at(s), origin: EventOrigin.CALLBACK, partial: true, deliveryKey: `${p}:${key}`,
        });
        return {
          before: [{ invite: invite(`${p}W`, InviteStatus.PENDING, { inviteUrl: "https://t.example/w" }), fetchedAt: at(1), origin: EventOrigin.MUTATION }, cb("W", InviteStatus.PENDING, 2, "k0")],
          group: [
            cb("X", InviteStatus.PENDING, 10, "k1"),
            cb("X", InviteStatus.STARTED, 11, "k2", { startedAt: at(11) }),
            cb("X", InviteStatus.STARTED, 12, "k2"),
            { invite: invite(`${p}Y`, InviteStatus.PENDING), fetchedAt: at(20), origin: EventOrigin.READ },
            { invite: invite(`${p}Y`, InviteStatus.STARTED), fetchedAt: at(15), origin: EventOrigin.READ },
            cb("W", InviteStatus.STARTED, 13, "k3"),
            cb("W", InviteStatus.STARTED, 14, "k0"),
            cb("X", InviteStatus.COMPLETED, 16, "k4", { completedAt: at(16) }),
            cb("X", InviteStatus.COMPLETED, 17, "k1"),
          ],
        };
      };
      const strip = (p: string, text: string) => text.split(p).join("");
      const outcome = async (p: string, results: ObserveResult[]) => {
        const ids = ["W", "X", "Y"].map((id) => `imocha:invite:${p}${id}`);
        const recorded = await store.getInvites(ids);
        const { events } = await store.listEvents({ inviteIds: ids }, undefined, 100);
        const seqs = results.map((r) => r.event?.seq).filter(Boolean);
        return strip(
          p,
          JSON.stringify({
            results: results.map((r) => ({ id: r.invite.id, status: r.invite.status, duplicate: r.duplicate, event: r.event && { ...r.event, seq: undefined, recordedAt: undefined } })),
            recorded: ids.map((id) => ({ ...recorded.get(id) })),
            events: events.map((e) => ({ ...e, seq: undefined, recordedAt: undefined })),
            // The results' cursors are the recorded events', in order.
            cursors: seqs.join() === events.filter((e) => seqs.includes(e.seq)).map((e) => e.seq).join(),
          }),
        );
      };
      const one = story("one-");
      await store.observeInvites(one.before);
      const oneByOne = await outcome("one-", await store.observeInvites(one.group));
      const grouped = story("grp-");
      await store.observeInvites(grouped.before);
      const together = await outcome("grp-", await store.observeInvitesTogether(grouped.group));
      expect(together).toEqual(oneByOne);
      // And the story is the one intended: 3 events for X, 1 for W, 1 for Y; 3 repeated deliveries.
      const parsed = JSON.parse(together) as { results: Array<{ duplicate: boolean; event?: unknown }>; events: unknown[]; cursors: boolean };
      expect(parsed.results.filter((r) => r.duplicate)).toHaveLength(3);
      expect(parsed.results.filter((r) => r.event)).toHaveLength(5);
      expect(parsed.cursors).toBe(true);
    });

    it("serialises concurrent changes of one invite: one event per distinct status", async () => {
      const statuses = [InviteStatus.PENDING, InviteStatus.STARTED, InviteStatus.PENDING, InviteStatus.STARTED];
      await Promise.all(statuses.map((s, i) => store.observeInvites([{ invite: invite("3", s), fetchedAt: at(10 + i), origin: EventOrigin.READ }])));
      const { events } = await store.listEvents({ inviteIds: ["imocha:invite:3"] }, undefined, 10);
      // Each observation saw the one before it: previousStatus chains without gaps.
      for (let i = 1; i < events.length; i++) expect(events[i].previousStatus).toBe(events[i - 1].status);
      expect(events[0].previousStatus).toBeNull();
    });

    it("prunes events older than the retention", async () => {
      const before = (await store.listEvents({}, undefined, 100)).events.length;
      expect(await store.prune(new Date(Date.now() + 1000))).toBe(before);
      expect((await store.listEvents({}, undefined, 100)).events).toHaveLength(0);
    });
  });
}

recordSuite("PGlite (embedded)", async () => {
  const database = await memoryDatabase();
  return { database, close: () => database.close() };
});

recordSuite("PGlite in a data directory", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "hiregraph-data-"));
  const database = await openDatabase({ dataDir: dir });
  return { database, close: async () => (await database.close(), rmSync(dir, { recursive: true, force: true })) };
});

let pg: TestPostgres;
recordSuite("PostgreSQL", async () => {
  pg = await startPostgres();
  const database = await openDatabase({ databaseUrl: await pg.createDatabase("record_suite"), dataDir: "" });
  return { database, close: async () => (await database.close(), await pg.close()) };
});

describe("the embedded store's directory", () => {
  it("admits one process: a second open is refused while the first holds it, and a stale lock is taken over", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hiregraph-lock-"));
    try {
      const first = await openDatabase({ dataDir: dir });
      await first.close();
      // A lock held by a live process (this test's parent stands in for another instance).
      writeFileSync(path.join(dir, "hiregraph.lock"), String(process.ppid));
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process \d+; PGlite admits one process, so several instances need DATABASE_URL/);
      // A lock left by a process that is gone.
      writeFileSync(path.join(dir, "hiregraph.lock"), "999999999");
      const again = await openDatabase({ dataDir: dir });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
