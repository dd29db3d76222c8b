import type { FastifyServerOptions } from "fastify";
import type { PrettyOptions } from "pino-pretty";
import type { Config } from "../config";
import { SETTINGS_LIST } from "../providers/settings";

/** pino's path to a request header (lower case, as Node hands them over). */
const headerPath = (name: string) => (/^[a-z_$][a-z0-9_$]*$/.test(name) ? `req.headers.${name}` : `req.headers[${JSON.stringify(name)}]`);

/**
 * Header values that must never reach a log line, even if someone logs request headers: callers' bearer tokens,
 * and every provider's secret-bearing headers (its sandbox is called on this server), as its module declares them.
 */
const REDACT = [...new Set(["authorization", ...SETTINGS_LIST.flatMap((s) => s.secretHeaders)].map((h) => h.toLowerCase()))].map(headerPath);

/**
 * Fastify's pino options: JSON lines at `config.logLevel`, or with `LOG_PRETTY=true` (refused in production by
 * config) human-readable lines through pino-pretty. pino-pretty is a dev dependency and loaded only then, so a
 * production install without dev dependencies never needs it.
 */
export function loggerOptions(config: Config, stream?: NodeJS.WritableStream): FastifyServerOptions["logger"] {
  return {
    level: config.logLevel,
    stream: config.logPretty ? prettyStream(stream) : (stream ?? stdout()),
    redact: REDACT,
  };
}

/**
 * Standard output with its write errors dropped. pino's own stdout destination retries a failed write forever when
 * the process exits, so once the reader of a pipe had gone (`npm start | head`, a crashed log shipper) SIGTERM
 * drained the server but the process never ended. Once the pipe is broken, log lines are lost either way.
 */
function stdout(): NodeJS.WritableStream {
  if (!process.stdout.listeners("error").includes(ignore)) process.stdout.on("error", ignore);
  return process.stdout;
}

const ignore = () => undefined;

function prettyStream(destination?: NodeJS.WritableStream): NodeJS.WritableStream {
  let pretty: (options: PrettyOptions) => NodeJS.WritableStream;
  try {
    // A plain require keeps the load lazy (and synchronous); TypeScript still checks the options against its types.
    pretty = require("pino-pretty");
  } catch {
    throw new Error("LOG_PRETTY=true needs pino-pretty, a dev dependency: install dev dependencies (npm ci) or unset LOG_PRETTY");
  }
  return pretty({
    destination: destination ?? stdout(),
    // Colours only on a terminal; a captured stream gets plain text.
    colorize: destination ? false : undefined,
    sync: true,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "pid,hostname",
  });
}
