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

/** Requests served by route template, and the most served at once. */
class RequestCounter {
  private byRoute: Record<string, number> = {};
  private total = 0;
  private inFlight = 0;
  private maxInFlight = 0;

  count(key: string, reply: FastifyReply): void {
    this.total += 1;
    this.byRoute[key] = (this.byRoute[key] ?? 0) + 1;
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    reply.raw.once("close", () => (this.inFlight -= 1));
  }

  stats() {
    return { total: this.total, byRoute: { ...this.byRoute }, maxInFlight: this.maxInFlight };
  }

  clear(): void {
    this.byRoute = {};
    this.total = 0;
    this.maxInFlight = this.inFlight;
  }
}

/** `METHOD /route` with the simulator's mount prefix removed; unmatched URLs share one key, so the map stays bounded. */
function routeKey(app: FastifyInstance, req: FastifyRequest, route: string | undefined): string {
  if (route === undefined) return `${req.method} ${UNMATCHED}`;
  return `${req.method} ${route.startsWith(app.prefix) ? route.slice(app.prefix.length) : route}`;
}

/** Holds the request until the client gives up (or 30 s pass), then destroys the socket. */
async function hang(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  await new Promise<void>((resolve) => {
    const t = setTimeout(resolve, MAX_DELAY_MS);
    req.raw.socket.once("close", () => {
      clearTimeout(t);
      resolve();
    });
  });
  req.raw.socket.destroy();
  reply.hijack();
}

/** Applies one matching rule; returns without answering when the real handler should run. */
async function applyFault(rule: FaultRule, req: FastifyRequest, reply: FastifyReply, dropped: WeakSet<FastifyRequest>): Promise<unknown> {
  if (rule.times !== undefined) rule.times -= 1;
  if (rule.latencyMs) await sleep(rule.latencyMs);
  if (rule.hang) return hang(req, reply);
  if (rule.dropAfterHandling) {
    dropped.add(req);
    return;
  }
  if (rule.malformed) return reply.code(200).type("application/json").send('{"truncated": ');
  if (rule.status) {
    if (rule.retryAfter) reply.header("Retry-After", rule.retryAfter);
    return reply.code(rule.status).send(rule.body ?? { error: "Injected fault" });
  }
}

function registerControlRoutes(app: FastifyInstance, control: SimulatorControl): void {
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
}

/**
 * Adds request counting, fault injection and `/__control/*` routes to a simulator plugin.
 * `reset` restores the simulator's seeded state.
 */
export function installControl(app: FastifyInstance, reset: () => void): SimulatorControl {
  let rules: FaultRule[] = [];
  const counter = new RequestCounter();
  const dropped = new WeakSet<FastifyRequest>();
  const control: SimulatorControl = {
    stats: () => counter.stats(),
    setFaults: (r) => {
      rules = r.map((x) => ({ ...x }));
    },
    clear: () => {
      rules = [];
      counter.clear();
    },
    reset: () => {
      control.clear();
      reset();
    },
  };

  app.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
    const route = req.routeOptions.url;
    if (route?.includes("/__control/")) return;
    counter.count(routeKey(app, req, route), reply);
    const line = `${req.method} ${req.url.startsWith(app.prefix) ? req.url.slice(app.prefix.length) : req.url}`;
    const rule = rules.find((r) => (r.times === undefined || r.times > 0) && (!r.match || line.includes(r.match)));
    if (rule) return applyFault(rule, req, reply, dropped);
  });

  // dropAfterHandling: the handler ran (state changed), but the client never sees the answer.
  app.addHook("onSend", async (req, _reply, payload) => {
    if (dropped.delete(req)) req.raw.socket.destroy();
    return payload;
  });

  registerControlRoutes(app, control);
  return control;
}
