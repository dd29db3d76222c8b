import autocannon from "autocannon";

export interface LoadSpec {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  /** Seconds to run; ignored when `amount` is given. */
  durationS?: number;
  /** Exact number of requests to send. */
  amount?: number;
  /**
   * Body per request, for inputs that must differ (ids to revoke, fresh emails); takes the request's sequence
   * number. (autocannon's own `idReplacement` sends no requests at all in 8.0.0.)
   */
  bodyFor?: (n: number) => string;
  /** Extra headers per request (e.g. a different caller's token each time); takes the request's sequence number. */
  headersFor?: (n: number) => Record<string, string>;
  /** Sees every response body, e.g. to collect created ids. */
  onBody?: (status: number, body: string) => void;
}

export interface LoadResult {
  requests: number;
  durationS: number;
  /** Completed requests per second over the whole run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Transport errors, timeouts and non-2xx answers. A GraphQL error inside a 200 is not counted here. */
  failures: number;
}

/** Hard bound on any single load run, whatever its spec says. */
const MAX_RUN_S = 180;

/** Runs one autocannon load against 127.0.0.1 and condenses its result. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const host = new URL(spec.url).hostname;
  if (host !== "127.0.0.1") throw new Error(`benchmarks only target 127.0.0.1, not ${host}`);
  let n = 0;
  const { bodyFor, headersFor, onBody } = spec;
  const opts: autocannon.Options = {
    url: spec.url,
    method: spec.method ?? "GET",
    headers: spec.headers,
    body: spec.body,
    connections: spec.connections,
    // autocannon rejects an explicit `duration: undefined`, so exactly one of the two keys is set.
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.durationS }),
    timeout: 10,
  };
  // autocannon calls whichever hook key is present, so absent hooks must be absent keys, not undefined.
  const hooks: autocannon.Request = {};
  if (bodyFor || headersFor) {
    hooks.setupRequest = (req) => {
      const k = n++;
      return { ...req, ...(bodyFor && { body: bodyFor(k) }), ...(headersFor && { headers: { ...req.headers, ...headersFor(k) } }) };
    };
  }
  if (onBody) hooks.onResponse = (status, body) => onBody(status, body);
  if (bodyFor || headersFor || onBody) opts.requests = [hooks];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(opts, (err, res) => (err ? reject(err) : resolve(res)));
    const guard = setTimeout(() => instance.stop(), MAX_RUN_S * 1000);
    instance.once("done", () => clearTimeout(guard));
  });
  const requests = result.requests.total;
  return {
    requests,
    durationS: result.duration,
    rps: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

export interface SerialResult {
  runs: number;
  p50Ms: number;
  meanMs: number;
  maxMs: number;
}

/** Times `runs` calls of `fn` one after another (for latency of a single request, not throughput). */
export async function timeSerial(runs: number, fn: () => Promise<void>): Promise<SerialResult> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    p50Ms: times[Math.floor((runs - 1) / 2)],
    meanMs: times.reduce((a, b) => a + b, 0) / runs,
    maxMs: times[runs - 1],
  };
}
