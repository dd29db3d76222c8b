import type { Page, PageArgs } from "./adapter";

/** Pages a list the provider returns whole (Xobin invited list, iMocha tests), the same way everywhere. */
export function pageLocally<T>(all: readonly T[], args: PageArgs): Page<T> {
  const start = (args.page - 1) * args.limit;
  return {
    items: all.slice(start, start + args.limit),
    page: args.page,
    limit: args.limit,
    total: all.length,
    hasNextPage: start + args.limit < all.length,
  };
}
