import type { IncomingHttpHeaders } from "node:http";
import { text } from "node:stream/consumers";
import { Agent, ProxyAgent, request, type Dispatcher } from "undici";
import { getProxyForUrl } from "proxy-from-env";
import { decodedBody, ExchangeTimeoutError, type ExchangeRequest, type ProxyResolver, type RawResponse, type Transport } from "../http-exchange";

/** Sockets kept per provider origin: the bulkhead's ceiling, so no call waits unseen in a socket queue. */
const CONNECTIONS = 64;

/** A proxy that refuses the CONNECT tunnel never passed the request on: say so with a code that means "not sent". */
function tunnelRefused(err: unknown): Error | undefined {
  const message = err instanceof Error ? err.message : "";
  const refused = /^Proxy response \((\d+)\) !== 200 when HTTP Tunneling/.exec(message);
  if (!refused) return undefined;
  return Object.assign(new Error(`the forward proxy refused the tunnel (HTTP ${refused[1]})`), { code: "EPROXYREFUSED" });
}

/**
 * The default transport, on undici's connection pools: a provider call costs markedly less CPU than with axios over
 * node:http (figures under "Stack notes" in the README), with the same contract — redirects are not followed, every
 * status is handed back, gzip, deflate and brotli are decoded, and the forward proxy in `HTTPS_PROXY`, `HTTP_PROXY`,
 * `NO_PROXY` is honoured per target URL (an http target is forwarded to it, an https one tunnelled with CONNECT).
 */
export function createUndiciTransport(resolveProxy: ProxyResolver = getProxyForUrl): Transport {
  const direct = new Agent({ connections: CONNECTIONS });
  const proxied = new Map<string, Dispatcher>();
  const dispatcherFor = (url: URL): Dispatcher => {
    const proxy = resolveProxy(url.href);
    if (!proxy) return direct;
    let agent = proxied.get(proxy);
    // proxyTunnel false: an http target is forwarded as curl does it; an https one is still tunnelled with CONNECT.
    if (!agent) proxied.set(proxy, (agent = new ProxyAgent({ uri: proxy, connections: CONNECTIONS, proxyTunnel: false })));
    return agent;
  };

  return async (req: ExchangeRequest): Promise<RawResponse> => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new ExchangeTimeoutError(`no complete answer within ${req.timeoutMs} ms`)), req.timeoutMs);
    try {
      const res = await request(req.url, {
        method: req.method as Dispatcher.HttpMethod,
        headers: { "accept-encoding": "gzip, deflate, br", ...req.headers },
        body: req.body,
        dispatcher: dispatcherFor(req.url),
        signal: abort.signal,
        // Our own timer bounds the whole exchange; undici's idle timers would only report it differently.
        headersTimeout: 0,
        bodyTimeout: 0,
      });
      const answer = await text(decodedBody(res.body, res.headers["content-encoding"]));
      return { status: res.statusCode, text: answer, headers: res.headers as IncomingHttpHeaders };
    } catch (err) {
      if (abort.signal.aborted) throw abort.signal.reason;
      throw tunnelRefused(err) ?? err;
    } finally {
      clearTimeout(timer);
    }
  };
}
