import { parseUtc, toIsoSeconds } from "../../src/providers/dates";
import { redact } from "../../src/domain/redact";
import { parseRetryAfter } from "../../src/providers/retry-after";
import { pageArgs, toConnection } from "../../src/services/paging";

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP-dates", () => {
    expect(parseRetryAfter("30")).toBe(30);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("Wed, 21 Oct 2015 07:27:00 GMT"))).toBe(60);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("Wed, 21 Oct 2015 08:00:00 GMT"))).toBe(0);
  });
  it("ignores absent or garbage values", () => {
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("parseUtc", () => {
  it.each([
    ["2025-11-20T09:13:06.000Z", "2025-11-20T09:13:06.000Z"],
    ["2023-11-07T05:31:56Z", "2023-11-07T05:31:56.000Z"],
    ["2025-07-09T12:46:33.163639", "2025-07-09T12:46:33.163Z"],
    ["2025-01-15 10:32:45", "2025-01-15T10:32:45.000Z"],
    ["2025-07-14 12:00", "2025-07-14T12:00:00.000Z"],
    ["Thu, 10 Jul 2025 11:52:57 GMT", "2025-07-10T11:52:57.000Z"],
    ["2020-06-11T16:00:00+05:30", "2020-06-11T10:30:00.000Z"],
  ])("%s → %s", (input, iso) => {
    expect(parseUtc(input)?.toISOString()).toBe(iso);
  });
  it("returns null for missing or unparseable values", () => {
    for (const v of [null, undefined, "", "not a date", {}, Number.NaN]) expect(parseUtc(v)).toBeNull();
  });
  it("formats request dates without fractions", () => {
    expect(toIsoSeconds(new Date("2025-11-20T08:43:06.789Z"))).toBe("2025-11-20T08:43:06Z");
  });
});

describe("redact", () => {
  it("removes every occurrence of each secret", () => {
    expect(redact("key k1 and k1 and k2", ["k1", "k2"])).toBe("key [redacted] and [redacted] and [redacted]");
  });
});

describe("cursor paging", () => {
  const page = (items: number[], n: number, hasNextPage: boolean) => ({ items, page: n, limit: 3, total: 8, hasNextPage });

  it("starts at page 1 and gives each edge a cursor; the last edge's cursor is the next page", () => {
    expect(pageArgs(3, null)).toEqual({ page: 1, limit: 3, skip: 0 });
    const conn = toConnection(page([1, 2, 3], 1, true));
    expect(conn.totalCount).toBe(8);
    expect(conn.nodes).toEqual([1, 2, 3]);
    expect(conn.edges.map((e) => e.node)).toEqual([1, 2, 3]);
    expect(conn.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: conn.edges[0].cursor, endCursor: conn.edges[2].cursor });
    expect(pageArgs(3, conn.pageInfo.endCursor)).toEqual({ page: 2, limit: 3, skip: 0 });
  });

  it("resumes after an edge in the middle of a page with the rest of that page", () => {
    const first = toConnection(page([1, 2, 3], 1, true));
    const args = pageArgs(3, first.edges[0].cursor);
    expect(args).toEqual({ page: 1, limit: 3, skip: 1 });
    const rest = toConnection(page([1, 2, 3], 1, true), args.skip);
    expect(rest.nodes).toEqual([2, 3]);
    expect(rest.pageInfo.hasPreviousPage).toBe(true);
    expect(pageArgs(3, rest.pageInfo.endCursor)).toEqual({ page: 2, limit: 3, skip: 0 });
  });

  it("moves on to the next page after a short page, and has null cursors on an empty page", () => {
    const short = toConnection(page([7], 3, true));
    expect(pageArgs(3, short.pageInfo.endCursor)).toEqual({ page: 4, limit: 3, skip: 0 });
    const empty = toConnection(page([], 4, false));
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it("still accepts cursors handed out before edges existed (page and size only)", () => {
    expect(pageArgs(10, Buffer.from("p:2:10").toString("base64url"))).toEqual({ page: 2, limit: 10, skip: 0 });
  });

  it("rejects foreign cursors, changed page sizes and out-of-range sizes", () => {
    expect(() => pageArgs(10, "garbage")).toThrow("after is not a cursor");
    expect(() => pageArgs(3, Buffer.from("p:1:3:3").toString("base64url"))).toThrow("after is not a cursor");
    const cursor = toConnection({ items: [1], page: 1, limit: 10, hasNextPage: true }).pageInfo.endCursor;
    expect(() => pageArgs(20, cursor)).toThrow("first must stay 10");
    expect(() => pageArgs(0, null)).toThrow("first must be from 1 to 100");
    expect(() => pageArgs(101, null)).toThrow("first must be from 1 to 100");
  });
});
