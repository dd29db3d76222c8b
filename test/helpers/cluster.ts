import { SignJWT } from "jose";
import type { Provider } from "../../src/domain/enums";
import { SIMULATORS } from "../../src/providers/registry";
import { startApp, type TestApp } from "./app";
import { startSimulator, type RunningSimulator } from "./sim-server";

const JWT_SECRET = "cluster-test-secret-0123456789abcdef";

/** Env names and a well-formed credential for each provider in LIVE mode. */
const LIVE: Record<Provider, { url: string; secretName: string; secret: string }> = {
  XOBIN: { url: "XOBIN_BASE_URL", secretName: "XOBIN_API_KEY", secret: "cluster-xobin-key" },
  ALFAONE: { url: "ALFAONE_BASE_URL", secretName: "ALFAONE_API_KEY", secret: `ak_test_${"c1".repeat(16)}` },
  IMOCHA: { url: "IMOCHA_BASE_URL", secretName: "IMOCHA_API_KEY", secret: "cluster-imocha-key" },
  DRVN: { url: "DRVN_BASE_URL", secretName: "DRVN_TOKEN", secret: "cluster.drvn.token" },
};

export interface LiveCluster {
  /** The server instances, all configured alike. */
  apps: TestApp[];
  /** One standalone simulator per live provider, shared by every instance. */
  sims: Partial<Record<Provider, RunningSimulator>>;
  /** `Authorization` header of a caller with read and write scopes. */
  auth: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Starts `instances` servers that reach the given providers as LIVE APIs, all pointed at one standalone
 * simulator per provider, as several replicas behind a load balancer would be. Caller auth is on (live
 * providers require it). `env` is added to every instance (e.g. REDIS_URL).
 */
export async function startLiveCluster(opts: { instances: number; providers: Provider[]; env?: Record<string, string> }): Promise<LiveCluster> {
  const sims: Partial<Record<Provider, RunningSimulator>> = {};
  const env: Record<string, string> = { AUTH_JWT_SECRET: JWT_SECRET, ...opts.env };
  for (const provider of opts.providers) {
    const live = LIVE[provider];
    const sim = await startSimulator(SIMULATORS[provider], { prefix: `/sandbox/${provider.toLowerCase()}`, secret: live.secret });
    sims[provider] = sim;
    env[live.url] = sim.baseUrl;
    env[live.secretName] = live.secret;
  }
  const apps: TestApp[] = [];
  for (let i = 0; i < opts.instances; i++) apps.push(await startApp(env));
  const token = await new SignJWT({ scope: "hiregraph:read hiregraph:write" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("cluster-caller")
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(JWT_SECRET));
  return {
    apps,
    sims,
    auth: { authorization: `Bearer ${token}` },
    async close() {
      await Promise.all(apps.map((a) => a.close()));
      await Promise.all(Object.values(sims).map((s) => s.close()));
    },
  };
}
