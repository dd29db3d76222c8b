import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import Redis from "ioredis";
import { closeRedis, connectRedis } from "../../src/shared-state/redis";
import { freePort } from "./ports";

export interface TestRedis {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** A plain client (no key prefix) for inspecting keys. */
  client: Redis;
  /** A connection as the server opens it (fail-fast options), under its own key prefix; closed by `close()`. */
  connect(keyPrefix: string): Promise<Redis>;
  /** Stops the server (an outage); `start()` brings it back on the same port, empty. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and closes the client, for afterAll. */
  close(): Promise<void>;
}

/** Spawns redis-server without persistence and resolves once it accepts connections. */
async function spawnRedis(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += String(d)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on ${port}:\n${output}`)), 10_000);
    child.once("error", (err: NodeJS.ErrnoException) =>
      reject(err.code === "ENOENT" ? new Error("redis-server is not installed: run scripts/ensure-redis.sh (npm test does)") : err),
    );
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
    child.stdout?.on("data", () => {
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

/** A real redis-server on 127.0.0.1 and a free port, for one test file. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined = await spawnRedis(port);
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, disconnectTimeout: 100 });
  client.on("error", () => undefined);
  await client.connect();
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = once(child, "close");
    child.kill("SIGKILL");
    await exited;
    child = undefined;
  };
  const opened: Redis[] = [];
  const silent = { info: () => undefined, warn: () => undefined };
  return {
    url,
    port,
    client,
    async connect(keyPrefix) {
      const connection = await connectRedis({ url, keyPrefix }, silent);
      opened.push(connection);
      return connection;
    },
    stop,
    start: async () => {
      child = await spawnRedis(port);
    },
    close: async () => {
      await Promise.all(opened.map(closeRedis));
      client.disconnect();
      await stop();
    },
  };
}
