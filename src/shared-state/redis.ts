import Redis from "ioredis";
import { redact } from "../domain/redact";

/** Shared state for several instances (idempotency keys, outbound rate budgets, the assessment cache). */
export interface RedisConfig {
  /** `REDIS_URL`. Contains credentials: never log it. */
  readonly url: string;
  /** `REDIS_KEY_PREFIX` */
  readonly keyPrefix: string;
}

/** The slice of a pino logger this module writes to. */
export interface StateLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface RedisConnectOptions {
  /** A command without an answer after this long fails (and the caller fails open or closed). @default 1000 */
  commandTimeoutMs?: number;
  /** How long start-up waits for the first connection before going on degraded. @default 2000 */
  connectTimeoutMs?: number;
}

/** Runs one Lua script atomically (EVALSHA, falling back to EVAL once per connection). Keys get the key prefix. */
export type RedisScript = (keys: string[], args: Array<string | number>) => Promise<unknown>;

/**
 * Opens the shared Redis connection. Never throws for an unreachable server: start-up goes on and every use
 * fails fast until Redis is back (ioredis keeps reconnecting with capped backoff). Commands are not queued
 * while disconnected, so a Redis outage costs callers an immediate error, not a wait. State changes are logged
 * once each, with the password scrubbed from messages.
 */
export async function connectRedis(cfg: RedisConfig, log: StateLog, opts: RedisConnectOptions = {}): Promise<Redis> {
  const password = safePassword(cfg.url);
  const clean = (err: Error) => redact(err.message, password ? [password] : []);
  const client = new Redis(cfg.url, {
    keyPrefix: cfg.keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: opts.commandTimeoutMs ?? 1000,
    connectTimeout: opts.connectTimeoutMs ?? 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    // Closing during an outage would otherwise keep a 2 s timer alive for a socket that is already gone.
    disconnectTimeout: 200,
  });
  let down = false;
  client.on("error", (err: Error) => {
    if (down) return;
    down = true;
    log.warn({ err: clean(err) }, "redis unavailable: idempotency keys are refused, cache and rate limits fall back to this process");
  });
  let connected = false;
  client.on("ready", () => {
    if (!connected || down) log.info({ keyPrefix: cfg.keyPrefix }, connected ? "redis connection restored" : "shared state in redis");
    connected = true;
    down = false;
  });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, opts.connectTimeoutMs ?? 2000);
    client.once("ready", done);
    client.once("error", done);
    function done() {
      clearTimeout(timer);
      client.off("ready", done);
      client.off("error", done);
      resolve();
    }
  });
  return client;
}

/** Registers a Lua script on the connection and returns a typed caller for it. */
export function defineScript(client: Redis, name: string, lua: string, numberOfKeys: number): RedisScript {
  client.defineCommand(name, { lua, numberOfKeys });
  const command = (client as unknown as Record<string, (...args: Array<string | number>) => Promise<unknown>>)[name];
  return (keys, args) => command.call(client, ...keys, ...args);
}

/** Closes the connection: QUIT lets pending replies arrive; the socket is then dropped without waiting for the server to hang up. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === "ready") await client.quit().catch(() => undefined);
  client.disconnect();
}

function safePassword(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
