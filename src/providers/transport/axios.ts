import http from "node:http";
import https from "node:https";
import axios, { type AxiosInstance } from "axios";
import { HttpProxyAgent } from "http-proxy-agent";
import { HttpsProxyAgent } from "https-proxy-agent";
import { getProxyForUrl } from "proxy-from-env";
import type { ExchangeRequest, ProxyResolver, RawResponse, Transport } from "../http-exchange";

interface Agents {
  http: http.Agent;
  https: https.Agent;
}

const SOCKETS = { keepAlive: true, maxSockets: 64 } as const;

/**
 * The default transport: one axios instance per provider, keep-alive agents, no redirects (a provider answering
 * 3xx is reported, never followed with our credentials), every status handed back to the caller, gzip, deflate
 * and brotli decompressed. Proxies are honoured per target URL; an https target goes through the proxy with a
 * CONNECT tunnel (axios's own proxy option sends https requests to the proxy in clear, so it is turned off).
 */
export function createAxiosTransport(resolveProxy: ProxyResolver = getProxyForUrl): Transport {
  const instance: AxiosInstance = axios.create({
    maxRedirects: 0,
    proxy: false,
    decompress: true,
    responseType: "text",
    // Keep the raw text: the client parses it, so an invalid JSON answer is seen as such.
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
  });
  const direct: Agents = { http: new http.Agent(SOCKETS), https: new https.Agent(SOCKETS) };
  const proxied = new Map<string, Agents>();

  const agentsFor = (url: URL): Agents => {
    const proxy = resolveProxy(url.href);
    if (!proxy) return direct;
    let agents = proxied.get(proxy);
    if (!agents) {
      agents = { http: new HttpProxyAgent(proxy, SOCKETS), https: new HttpsProxyAgent(proxy, SOCKETS) };
      proxied.set(proxy, agents);
    }
    return agents;
  };

  return async (req: ExchangeRequest): Promise<RawResponse> => {
    const agents = agentsFor(req.url);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), req.timeoutMs);
    try {
      const res = await instance.request<string>({
        url: req.url.href,
        method: req.method,
        headers: { "Accept-Encoding": "gzip, deflate, br", ...req.headers },
        data: req.body,
        httpAgent: agents.http,
        httpsAgent: agents.https,
        signal: abort.signal,
      });
      return { status: res.status, text: typeof res.data === "string" ? res.data : "", headers: plainHeaders(res.headers) };
    } catch (err) {
      // The whole-exchange limit is ours, not axios's idle timeout: report it with the code the client maps.
      if (abort.signal.aborted) throw Object.assign(new Error(`no complete answer within ${req.timeoutMs} ms`), { code: "ETIMEDOUT" });
      throw err;
    } finally {
      clearTimeout(timer);
    }
  };
}

function plainHeaders(headers: unknown): http.IncomingHttpHeaders {
  const json = (headers as { toJSON?: () => unknown })?.toJSON?.() ?? headers;
  return (json ?? {}) as http.IncomingHttpHeaders;
}
