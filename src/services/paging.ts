import { InputError } from "../domain/errors";
import type { Page, PageArgs } from "../providers/adapter";

/** Where a cursor points: the provider page to fetch, its size, and how many of its items are already seen. */
interface Position {
  page: number;
  limit: number;
  skip: number;
}

const encode = ({ page, limit, skip }: Position): string => Buffer.from(skip ? `p:${page}:${limit}:${skip}` : `p:${page}:${limit}`).toString("base64url");

/**
 * Providers page by number; GraphQL clients page by cursor (the GraphQL Cursor Connections spec). A cursor
 * encodes a provider page, the page size and how many items of that page come before it, so `after` keeps
 * working as long as `first` stays the same. The cursor of a page's last edge points at the start of the next
 * provider page; `after` an edge in the middle of a page returns the rest of that page.
 */
export function pageArgs(first: number, after: string | undefined | null): PageArgs & { skip: number } {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new InputError(["first"], "first must be from 1 to 100");
  if (!after) return { page: 1, limit: first, skip: 0 };
  const match = /^p:(\d{1,9}):(\d{1,3})(?::(\d{1,3}))?$/.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!match) throw new InputError(["after"], "after is not a cursor returned by this API");
  const [page, limit, skip] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (limit !== first) throw new InputError(["first"], `first must stay ${limit} when paging with this cursor`);
  if (page < 1 || skip >= limit) throw new InputError(["after"], "after is not a cursor returned by this API");
  return { page, limit, skip };
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  totalCount: number | null;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A provider page as a connection: `edges { cursor node }`, `nodes`, and the spec's four PageInfo fields. */
export function toConnection<T>(page: Page<T>, skip = 0): Connection<T> {
  const items = page.items.slice(skip);
  // After the page's last item comes the next provider page (even when the provider sent a short page).
  const cursorAfter = (index: number): string =>
    encode(index === items.length - 1 ? { page: page.page + 1, limit: page.limit, skip: 0 } : { page: page.page, limit: page.limit, skip: skip + index + 1 });
  const edges = items.map((node, i) => ({ cursor: cursorAfter(i), node }));
  return {
    edges,
    nodes: items,
    totalCount: page.total ?? null,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.page > 1 || skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
