import DataLoader from "dataloader";
import { ProviderMode, type Provider, PROVIDER_NAMES } from "./domain/enums";
import type { GlobalId } from "./domain/ids";
import { parseId } from "./domain/ids";
import type { ProviderAdapter } from "./providers/adapter";
import type { ProviderRegistry } from "./providers/registry";
import { ProviderUnavailableError } from "./providers/errors";
import { HiregraphError, InputError, UnsupportedOperationError } from "./domain/errors";
import type { Assessment, Invite } from "./schema/types";

export interface Loaders {
  /** Keyed by canonical global id; one upstream fetch per distinct id per request. */
  invite: DataLoader<string, Invite>;
  assessment: DataLoader<string, Assessment>;
}

/** Counts distinct provider objects one request asks for, and refuses those past the limit. */
class ObjectBudget {
  private used = 0;
  constructor(private readonly limit: number) {}
  /** How many of `n` new keys may still be fetched. */
  take(n: number): number {
    const granted = Math.max(0, Math.min(n, this.limit - this.used));
    this.used += granted;
    return granted;
  }
  error(): HiregraphError {
    return new InputError([], `This request asks for more than ${this.limit} provider objects; split it into smaller requests`);
  }
}

type BatchMethod<T> = (adapter: ProviderAdapter) => ((ids: readonly GlobalId[]) => Promise<Array<T | Error>>) | undefined;

/**
 * Builds a batch function that groups keys by provider, asks each provider once for its share, and puts
 * results (or per-key errors) back in key order, as DataLoader requires.
 */
function batchByProvider<T>(registry: ProviderRegistry, budget: ObjectBudget, what: string, method: BatchMethod<T>) {
  return async (keys: readonly string[]): Promise<Array<T | Error>> => {
    const results: Array<T | Error> = new Array(keys.length);
    const groups = new Map<Provider, { ids: GlobalId[]; indexes: number[] }>();
    const granted = budget.take(keys.length);
    keys.forEach((key, i) => {
      if (i >= granted) {
        results[i] = budget.error();
        return;
      }
      const id = parseId(key);
      const group = groups.get(id.provider) ?? { ids: [], indexes: [] };
      group.ids.push(id);
      group.indexes.push(i);
      groups.set(id.provider, group);
    });
    await Promise.all(
      [...groups].map(async ([provider, group]) => {
        const adapter = registry.get(provider);
        const fetch = adapter && method(adapter)?.bind(adapter);
        let found: Array<T | Error>;
        if (!adapter || adapter.mode === ProviderMode.DISABLED) {
          found = group.ids.map(() => new ProviderUnavailableError(provider, `${PROVIDER_NAMES[provider]} is not configured on this server`));
        } else if (!fetch) {
          found = group.ids.map(() => new UnsupportedOperationError(provider, `${PROVIDER_NAMES[provider]} offers no way to read ${what}`));
        } else {
          found = await fetch(group.ids).catch((err: Error) => group.ids.map(() => err));
        }
        group.indexes.forEach((keyIndex, j) => (results[keyIndex] = found[j]));
      }),
    );
    return results;
  };
}

/**
 * One set of loaders per GraphQL request, so caching never leaks between callers. `maxObjects` bounds the distinct
 * provider objects one request may fetch (aliases × ids could otherwise fan out into thousands of upstream calls).
 */
export function createLoaders(registry: ProviderRegistry, maxObjects = 250): Loaders {
  const budget = new ObjectBudget(maxObjects);
  return {
    invite: new DataLoader(batchByProvider(registry, budget, "invites", (a) => a.getInvites), { maxBatchSize: 100 }),
    assessment: new DataLoader(batchByProvider(registry, budget, "assessments", (a) => a.getAssessments), { maxBatchSize: 100 }),
  };
}
