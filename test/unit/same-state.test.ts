import type { ProviderInvite } from "../../src/domain/entities";
import { sameState } from "../../src/record/codec";

/** The comparison as first written (canonical JSON copies), kept as the reference the fast one must agree with. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => v !== null && v !== undefined && k !== "fetchedAt" && k !== "source")
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}
const reference = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const KEYS = ["status", "candidate", "name", "email", "sentAt", "fetchedAt", "source", "tags", "score"];
function value(rand: () => number, depth: number): unknown {
  const r = rand();
  if (r < 0.12) return null;
  if (r < 0.2) return undefined;
  if (r < 0.35) return ["a", "b", "PENDING"][Math.floor(rand() * 3)];
  if (r < 0.45) return Math.floor(rand() * 3);
  if (r < 0.55) return new Date(Date.UTC(2026, 0, 1 + Math.floor(rand() * 2)));
  if (r < 0.6) return "2026-01-01T00:00:00.000Z";
  if (r < 0.7 && depth < 3) return Array.from({ length: Math.floor(rand() * 3) }, () => value(rand, depth + 1));
  if (depth < 3) return object(rand, depth + 1);
  return true;
}
function object(rand: () => number, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) if (rand() < 0.4) out[key] = value(rand, depth);
  return out;
}
/** A copy with some fields changed, dropped, emptied or reordered, so that pairs are often but not always equal. */
function variant(rand: () => number, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => variant(rand, x));
  if (v instanceof Date) return rand() < 0.3 ? v.toISOString() : rand() < 0.1 ? new Date(v.getTime() + 1) : new Date(v.getTime());
  if (v && typeof v === "object") {
    const entries = Object.entries(v).reverse().flatMap(([k, x]): Array<[string, unknown]> => {
      const r = rand();
      if (r < 0.05) return [];
      if (r < 0.1) return [[k, null]];
      if (r < 0.13) return [[k, "changed"]];
      return [[k, variant(rand, x)]];
    });
    if (rand() < 0.05) entries.push(["fetchedAt", new Date()]);
    if (rand() < 0.05) entries.push(["extra", "x"]);
    return Object.fromEntries(entries);
  }
  return v;
}

describe("comparing invite states", () => {
  it("ignores empty fields, key order, fetchedAt and source, and compares dates by instant", () => {
    const a = { id: "x", status: "PENDING", sentAt: new Date("2026-01-01T00:00:00Z"), candidate: { email: "a@example.com", name: null } } as unknown as ProviderInvite;
    const b = { candidate: { email: "a@example.com" }, sentAt: "2026-01-01T00:00:00.000Z", status: "PENDING", id: "x", fetchedAt: new Date(), source: "RECORD" } as unknown as ProviderInvite;
    expect(sameState(a, b)).toBe(true);
    expect(sameState(a, { ...b, status: "STARTED" } as ProviderInvite)).toBe(false);
    expect(sameState(a, { ...b, candidate: { email: "a@example.com", name: "Ann" } } as unknown as ProviderInvite)).toBe(false);
    expect(sameState(a, { ...b, sentAt: new Date("2026-01-01T00:00:01Z") } as unknown as ProviderInvite)).toBe(false);
  });

  it("agrees with the canonical-JSON comparison on 20 000 generated pairs", () => {
    const rand = random(20261201);
    let equal = 0;
    for (let k = 0; k < 20_000; k++) {
      const a = object(rand, 0);
      const b = rand() < 0.5 ? variant(rand, a) : object(rand, 0);
      const expected = reference(a, b);
      if (sameState(a as unknown as ProviderInvite, b as ProviderInvite) !== expected) throw new Error(`pair ${k} differs: ${JSON.stringify([a, b])}`);
      if (expected) equal++;
    }
    // Both outcomes are well represented, or the agreement would say little.
    expect(equal).toBeGreaterThan(2_000);
    expect(equal).toBeLessThan(18_000);
  });
});
