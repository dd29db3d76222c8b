import type { Context } from "../context";
import type { Assessment } from "../domain/entities";
import { EventOrigin } from "../domain/enums";
import { createLoaders } from "../loaders";
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
 * invite reads are recorded with the operation's origin (a read, or a mutation's read-back).
 */
export function requestContexts(parts: ContextParts): (caller: Context["caller"]) => Context {
  const { registry, assessmentCache, metrics, recorder } = parts;
  return (caller) => {
    const scope = { origin: EventOrigin.READ };
    return {
      registry,
      loaders: createLoaders(registry, QUERY_LIMITS.maxProviderObjects, assessmentCache, metrics.recordBatch, (invites) => recorder.providerInvites(invites, scope.origin)),
      idempotency: parts.idempotency,
      caller,
      recorder,
      scope,
      liveEvents: parts.liveEvents,
      freshness: { defaultMaxAgeS: parts.readMaxAgeS },
    };
  };
}
