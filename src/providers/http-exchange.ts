import http from "node:http";
import https from "node:https";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";

/**
 * The lean transport (`UPSTREAM_TRANSPORT=node`): one HTTP exchange on node:http, without axios's per-call config
 * merging and interceptor chain, and without proxy support. Same contract as the default axios transport:
 * redirects are not followed, every status is returned to the caller, and gzip, deflate and brotli answers are
 * decompressed. The README's benchmark section compares the two.
 */
export interface ExchangeRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Limit on the whole exchange, connect to last body byte. */
  timeoutMs: number;
}

export interface RawResponse {
  status: number;
  text: string;
  headers: http.IncomingHttpHeaders;
}

/** Sends one request and returns every status as a RawResponse; rejects only when no complete answer came. */
export type Transport = (req: ExchangeRequest) => Promise<RawResponse>;

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });

/** Which proxy, if any, serves a URL ("" for none): `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY`, as curl reads them. */
export type ProxyResolver = (url: string) => string;

/** A transport's whole-exchange limit ran out; its `code` is what the client's error mapping reads. */
export class ExchangeTimeoutError extends Error {
  readonly code = "ETIMEDOUT";
}

/**
 * A response body decoded per its `Content-Encoding` (gzip, deflate, br; anything else is passed through). A body
 * that breaks is passed on to the decoder by pipeline, so whoever reads the result hears its "error".
 */
export function decodedBody(body: Readable, encoding: string | string[] | undefined): Readable {
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : undefined;
  return decoder ? pipeline(body, decoder, () => undefined) : body;
}

export const exchange: Transport = (req) => {
  return new Promise((resolve, reject) => {
    const secure = req.url.protocol === "https:";
    const headers: Record<string, string> = { "Accept-Encoding": "gzip, deflate, br", ...req.headers };
    if (req.body !== undefined) headers["Content-Length"] = String(Buffer.byteLength(req.body));
    const outgoing = (secure ? https : http).request(req.url, { method: req.method, headers, agent: secure ? httpsAgent : httpAgent });
    let timedOut: ExchangeTimeoutError | undefined;
    const timer = setTimeout(() => {
      timedOut = new ExchangeTimeoutError(`no complete answer within ${req.timeoutMs} ms`);
      outgoing.destroy(timedOut);
    }, req.timeoutMs);
    // A timeout that cuts a body short surfaces as a socket error; report it as the timeout it is.
    const fail = (err: Error) => {
      clearTimeout(timer);
      reject(timedOut ?? err);
    };
    outgoing.on("error", fail);
    outgoing.on("response", (res) => {
      const chunks: Buffer[] = [];
      const body = decodedBody(res, res.headers["content-encoding"]);
      body.on("data", (chunk: Buffer) => chunks.push(chunk));
      body.on("error", fail);
      body.on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), headers: res.headers });
      });
    });
    outgoing.end(req.body);
  });
};
