import { InputError } from "../domain/errors";
import type { Page, PageArgs } from "../providers/adapter";

/**
 * Providers page by number; GraphQL clients page by cursor. A cursor encodes the next page number and the page
 * size, so `after` keeps working as long as `first` stays the same.
 */
export function pageArgs(first: number, after: string | undefined | null): PageArgs {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new InputError(["first"], "first must be from 1 to 100");
  if (!after) return { page: 1, limit: first };
  const match = /^p:(\d{1,9}):(\d{1,3})$/.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!match) throw new InputError(["after"], "after is not a cursor returned by this API");
  const [page, limit] = [Number(match[1]), Number(match[2])];
  if (limit !== first) throw new InputError(["first"], `first must stay ${limit} when paging with this cursor`);
  return { page, limit };
}

export function toConnection<T>(page: Page<T>) {
  return {
    nodes: page.items,
    totalCount: page.total ?? null,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.page > 1,
      startCursor: null,
      endCursor: page.hasNextPage ? Buffer.from(`p:${page.page + 1}:${page.limit}`).toString("base64url") : null,
    },
  };
}
