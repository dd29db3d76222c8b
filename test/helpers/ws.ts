import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface LiveSubscription<T = Record<string, any>> {
  /** Payloads received so far. */
  readonly received: Array<{ data?: T; errors?: unknown[] }>;
  /** Resolves once `n` payloads have arrived (rejects after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<Array<{ data?: T; errors?: unknown[] }>>;
  /** The close event or error that ended the connection, once it has. */
  readonly closed: Promise<{ code: number; reason: string }>;
  /** Resolves once the server has acknowledged connection_init. */
  readonly connected: Promise<void>;
  dispose(): Promise<void>;
}

/** Opens a real graphql-ws connection (ws over TCP) to `${httpUrl}/graphql` and starts one subscription. */
export function subscribe<T = Record<string, any>>(httpUrl: string, query: string, opts: { variables?: Record<string, unknown>; authorization?: string } = {}): LiveSubscription<T> {
  const received: Array<{ data?: T; errors?: unknown[] }> = [];
  const waiters: Array<() => void> = [];
  let resolveClosed!: (v: { code: number; reason: string }) => void;
  let resolveConnected!: () => void;
  const closed = new Promise<{ code: number; reason: string }>((r) => (resolveClosed = r));
  const connected = new Promise<void>((r) => (resolveConnected = r));
  const client: Client = createClient({
    url: `${httpUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    // Closes are asserted through `closed`; the client's default would print each one.
    onNonLazyError: () => undefined,
    connectionParams: opts.authorization ? { authorization: opts.authorization } : {},
    on: {
      connected: () => resolveConnected(),
      closed: (event) => {
        const e = event as { code: number; reason: string };
        resolveClosed({ code: e.code, reason: String(e.reason) });
      },
    },
  });
  client.subscribe<T>(
    { query, variables: opts.variables },
    {
      next: (value) => {
        received.push(value as { data?: T; errors?: unknown[] });
        waiters.splice(0).forEach((w) => w());
      },
      error: (err) => {
        received.push({ errors: Array.isArray(err) ? err : [err] });
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  return {
    received,
    closed,
    connected,
    waitFor(n, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${received.length} of ${n} subscription payloads within ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          if (received.length >= n) {
            clearTimeout(timer);
            resolve(received.slice());
          } else waiters.push(check);
        };
        check();
      });
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
