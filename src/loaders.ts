import DataLoader from "dataloader";
import { ProviderMode, type Provider, PROVIDER_NAMES } from "./domain/enums";
import type { GlobalId } from "./domain/ids";
import { parseId } from "./providers/ids";
import type { ProviderAdapter } from "./providers/adapter";
import type { ProviderRegistry } from "./providers/registry";
import { ProviderUnavailableError } from "./providers/errors";
import { HiregraphError, InputError, UnsupportedOperationError } from "./domain/errors";
import { fromProvider, type Assessment, type Invite, type ProviderInvite } from "./domain/entities";
import type { TtlCache } from "./shared-state/ttl-cache";
import type { BatchRead as Batch } from "./services/read-windows";

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
function batchByProvider<T>(registry: ProviderRegistry, what: string, method: BatchMethod<T>): Batch<T> {
  return async (keys) => {
    const results: Array<T | Error> = new Array(keys.length);
    const groups = new Map<Provider, { ids: GlobalId[]; indexes: number[] }>();
    keys.forEach((key, i) => {
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

/** Sends `batch` only the keys the request's object budget still allows; the rest fail with the budget's error. */
function budgeted<T>(budget: ObjectBudget, batch: Batch<T>): Batch<T> {
  return async (keys) => {
    const granted = budget.take(keys.length);
    if (granted === keys.length) return batch(keys);
    const fetched = granted > 0 ? await batch(keys.slice(0, granted)) : [];
    return keys.map((_, i) => (i < granted ? fetched[i] : budget.error()));
  };
}

/**
 * Serves what `cache` holds and sends only the misses to `batch`; objects fetched are cached, errors never are.
 * Cache hits cost no upstream call and none of the request's object budget.
 */
function cachedBatch<T extends object>(cache: TtlCache<T>, batch: Batch<T>): Batch<T> {
  return async (keys) => {
    const results: Array<T | Error | undefined> = await cache.getMany(keys);
    const misses = keys.flatMap((key, i) => (results[i] === undefined ? [i] : []));
    if (misses.length === 0) return results as Array<T | Error>;
    const fetched = await batch(misses.map((i) => keys[i]));
    misses.forEach((keyIndex, j) => (results[keyIndex] = fetched[j]));
    await cache.setMany(misses.flatMap((keyIndex, j) => (fetched[j] instanceof Error ? [] : [[keys[keyIndex], fetched[j] as T] as const])));
    return results as Array<T | Error>;
  };
}

/** Hands the invites a batch fetched to the record, which returns them as recorded (merged with what it knew). */
export type RecordInvites = (invites: ProviderInvite[]) => Promise<Invite[]>;

const stampOnly: RecordInvites = async (invites) => {
  const fetchedAt = new Date();
  return invites.map((invite) => fromProvider(invite, fetchedAt));
};

function recordedBatch(batch: Batch<ProviderInvite>, record: RecordInvites = stampOnly): Batch<Invite> {
  return async (keys) => {
    const results: Array<ProviderInvite | Invite | Error> = await batch(keys);
    const found = results.flatMap((r, i) => (r instanceof Error ? [] : [i]));
    const recorded = await record(found.map((i) => results[i] as ProviderInvite));
    found.forEach((keyIndex, j) => (results[keyIndex] = recorded[j]));
    return results as Array<Invite | Error>;
  };
}

/** A loader's name in `Loaders`, used as a metrics label. */
export type LoaderName = keyof Loaders;

/** Reports the size of each batch DataLoader forms (after de-duplication) before running it. */
function measured<T>(name: LoaderName, batch: Batch<T>, onBatch?: (loader: LoaderName, size: number) => void): Batch<T> {
  if (!onBatch) return batch;
  return (keys) => {
    onBatch(name, keys.length);
    return batch(keys);
  };
}

/**
 * Reads invites from their providers (each provider asked once for its share of the keys) and hands them to
 * `record`. A request's loader uses one of its own, or one shared with other requests (see ReadWindows).
 */
export function inviteReader(registry: ProviderRegistry, record?: RecordInvites): Batch<Invite> {
  return recordedBatch(batchByProvider(registry, "invites", (a) => a.getInvites), record);
}

export interface LoaderOptions {
  /** The most distinct provider objects one request may fetch (aliases × ids could otherwise fan out into thousands of upstream calls). @default 250 */
  maxObjects?: number;
  /** Keeps assessments (slow-changing) across requests; invites are always fetched fresh. */
  assessmentCache?: TtlCache<Assessment>;
  /** Told each batch's size (the DataLoader batch-size histogram). */
  onBatch?: (loader: LoaderName, size: number) => void;
  /** How the request's invites are read and recorded. @default inviteReader(registry), recording nothing */
  readInvites?: Batch<Invite>;
}

/** One set of loaders per GraphQL request, so caching never leaks between callers. */
export function createLoaders(registry: ProviderRegistry, options: LoaderOptions = {}): Loaders {
  const { maxObjects = 250, assessmentCache, onBatch, readInvites = inviteReader(registry) } = options;
  const budget = new ObjectBudget(maxObjects);
  const assessments = budgeted(budget, batchByProvider(registry, "assessments", (a) => a.getAssessments));
  return {
    invite: new DataLoader(measured("invite", budgeted(budget, readInvites), onBatch), { maxBatchSize: 100 }),
    assessment: new DataLoader(measured("assessment", assessmentCache ? cachedBatch(assessmentCache, assessments) : assessments, onBatch), { maxBatchSize: 100 }),
  };
}
