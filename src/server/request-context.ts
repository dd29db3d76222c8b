import type { Context } from "../context";
import type { Assessment } from "../domain/entities";
import { EventOrigin } from "../domain/enums";
import { createLoaders, inviteReader } from "../loaders";
import { ReadWindows } from "../services/read-windows";
import type { ProviderRegistry } from "../providers/registry";
import type { TtlCache } from "../shared-state/ttl-cache";
import { QUERY_LIMITS } from "./limits";
import type { Metrics } from "./metrics";

type ContextParts = Pick<Context, "idempotency" | "recorder" | "liveEvents"> & {
  registry: ProviderRegistry;
  assessmentCache?: TtlCache<Assessment>;
  metrics: Pick<Metrics, "recordBatch">;
  readMaxAgeS: number;
};

/**
 * Builds each GraphQL operation's context: fresh DataLoaders (so caching never leaks between callers), whose
 * invite reads are recorded with the operation's origin (a read, or a mutation's read-back). A query's invite reads
 * go through ReadWindows under `share` (who the outbound budget charges): concurrent queries of one caller asking
 * in the same turn of the event loop share one upstream call per invite. Mutations read on their own.
 */
export function requestContexts(parts: ContextParts): (caller: Context["caller"], share?: string) => Context {
  const { registry, assessmentCache, metrics, recorder } = parts;
  const sharedReads = new ReadWindows(inviteReader(registry, (invites) => recorder.providerInvites(invites, EventOrigin.READ)));
  return (caller, share) => {
    const scope = { origin: EventOrigin.READ };
    const ownReads = inviteReader(registry, (invites) => recorder.providerInvites(invites, scope.origin));
    return {
      registry,
      loaders: createLoaders(registry, {
        maxObjects: QUERY_LIMITS.maxProviderObjects,
        assessmentCache,
        onBatch: metrics.recordBatch,
        readInvites: (keys) => (share !== undefined && scope.origin === EventOrigin.READ ? sharedReads.read(share, keys) : ownReads(keys)),
      }),
      idempotency: parts.idempotency,
      caller,
      recorder,
      scope,
      liveEvents: parts.liveEvents,
      freshness: { defaultMaxAgeS: parts.readMaxAgeS },
    };
  };
}
