import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * A fault a simulator injects into matching requests, for tests and benchmarks. Set over HTTP with
 * `POST /sandbox/<provider>/__control/faults` (a rule or a list of rules; replaces the current ones).
 */
export interface FaultRule {
  /** Applies to requests whose `METHOD /path?query` (path without the `/sandbox/<provider>` mount) contains this text, e.g. `GET /v3/reports`. @default every request */
  match?: string;
  /** Delay before answering, in milliseconds (capped at 30 000). */
  latencyMs?: number;
  /** Answer with this HTTP status instead of the real handler. */
  status?: number;
  /** Body sent with `status`. @default {"error":"Injected fault"} */
  body?: unknown;
  /** `Retry-After` header sent with `status`. */
  retryAfter?: string;
  /** Never answer (until the client gives up, or 30 s pass and the socket is destroyed). */
  hang?: boolean;
  /** Answer 200 with a body that is not JSON. */
  malformed?: boolean;
  /** Let the real handler run (so writes are applied), then lose the answer by destroying the socket. */
  dropAfterHandling?: boolean;
  /** How many matching requests the rule applies to before it expires. @default unlimited */
  times?: number;
}

const MAX_DELAY_MS = 30_000;

/** The stats key of requests that matched no simulator route. */
export const UNMATCHED = "(no route)";

export interface SimulatorControl {
  /** Requests served, by `METHOD /route` template, and the most served at once; control routes are not counted. */
  stats(): { total: number; byRoute: Record<string, number>; maxInFlight: number };
  setFaults(rules: FaultRule[]): void;
  /** Clears faults and counters. */
  clear(): void;
  /** Clears faults and counters and restores the seeded demo data. */
  reset(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.min(ms, MAX_DELAY_MS)));

/**
 * Adds request counting, fault injection and `/__control/*` routes to a simulator plugin.
 * `reset` restores the simulator's seeded state.
 */
export function installControl(app: FastifyInstance, reset: () => void): SimulatorControl {
  let rules: FaultRule[] = [];
  let byRoute: Record<string, number> = {};
  let total = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const dropped = new WeakSet<FastifyRequest>();
  const control: SimulatorControl = {
    stats: () => ({ total, byRoute: { ...byRoute }, maxInFlight }),
    setFaults: (r) => {
      rules = r.map((x) => ({ ...x }));
    },
    clear: () => {
      rules = [];
      byRoute = {};
      total = 0;
      maxInFlight = inFlight;
    },
    reset: () => {
      control.clear();
      reset();
    },
  };

  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    // Keyed by route template, never by the URL sent: unmatched URLs share one key, so the map stays bounded.
    const route = req.routeOptions.url;
    if (route?.includes("/__control/")) return;
    const key = route === undefined ? `${req.method} ${UNMATCHED}` : `${req.method} ${route.startsWith(app.prefix) ? route.slice(app.prefix.length) : route}`;
    total += 1;
    byRoute[key] = (byRoute[key] ?? 0) + 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    reply.raw.once("close", () => (inFlight -= 1));
    const line = `${req.method} ${req.url.startsWith(app.prefix) ? req.url.slice(app.prefix.length) : req.url}`;
    const rule = rules.find((r) => (r.times === undefined || r.times > 0) && (!r.match || line.includes(r.match)));
    if (!rule) return;
    if (rule.times !== undefined) rule.times -= 1;
    if (rule.latencyMs) await sleep(rule.latencyMs);
    if (rule.hang) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, MAX_DELAY_MS);
        req.raw.socket.once("close", () => {
          clearTimeout(t);
          resolve();
        });
      });
      req.raw.socket.destroy();
      return reply.hijack();
    }
    if (rule.dropAfterHandling) {
      dropped.add(req);
      return;
    }
    if (rule.malformed) return reply.code(200).type("application/json").send('{"truncated": ');
    if (rule.status) {
      if (rule.retryAfter) reply.header("Retry-After", rule.retryAfter);
      return reply.code(rule.status).send(rule.body ?? { error: "Injected fault" });
    }
  });

  // dropAfterHandling: the handler ran (state changed), but the client never sees the answer.
  app.addHook("onSend", async (req, _reply, payload) => {
    if (dropped.delete(req)) req.raw.socket.destroy();
    return payload;
  });

  app.post("/__control/faults", async (req, reply) => {
    const body = req.body;
    control.setFaults(Array.isArray(body) ? (body as FaultRule[]) : [body as FaultRule]);
    return reply.code(204).send();
  });
  app.delete("/__control/faults", async (_req, reply) => {
    control.setFaults([]);
    return reply.code(204).send();
  });
  app.get("/__control/stats", async () => control.stats());
  app.post("/__control/reset", async (_req, reply) => {
    control.reset();
    return reply.code(204).send();
  });
  return control;
}

