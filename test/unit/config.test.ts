import { configProblems } from "../helpers/config";
import { loadConfig, SANDBOX_SECRETS, weakSecret } from "../../src/config";
import { ProviderMode } from "../../src/domain/enums";

const GOOD_ALFA_KEY = `ak_test_${"a1".repeat(16)}`;
const SECRET = "test-only-secret-0123456789abcdef0123";

const problems = configProblems;

describe("config", () => {
  it("defaults to every provider sandboxed, port 4000, 1 MiB bodies, no auth", () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.maxBodyBytes).toBe(1_048_576);
    expect(c.auth).toBeNull();
    for (const p of Object.values(c.providers)) expect(p.mode).toBe(ProviderMode.SANDBOX);
    expect(c.providers.ALFAONE.secret).toBe(SANDBOX_SECRETS.ALFAONE);
    expect(Object.isFrozen(c.providers.XOBIN)).toBe(true);
  });

  it("switches a provider to LIVE when its base URL and key are set (with caller auth)", () => {
    const c = loadConfig({ ALFAONE_BASE_URL: "https://alfaone.app/api/v1/", ALFAONE_API_KEY: GOOD_ALFA_KEY, AUTH_JWT_SECRET: SECRET });
    expect(c.providers.ALFAONE).toEqual({ mode: ProviderMode.LIVE, baseUrl: "https://alfaone.app/api/v1", secret: GOOD_ALFA_KEY, rateLimitPerMinute: 100 });
    expect(c.providers.XOBIN.mode).toBe(ProviderMode.SANDBOX);
    expect(c.providers.XOBIN.rateLimitPerMinute).toBeUndefined();
  });

  it("rejects a malformed base URL, a missing key and a badly shaped AlfaOne key, listing all problems", () => {
    const p = problems({ XOBIN_BASE_URL: "app.xobin.com", ALFAONE_BASE_URL: "https://alfaone.app/api/v1", ALFAONE_API_KEY: "live_a1b2c3", IMOCHA_BASE_URL: "https://apiv3.imocha.io", AUTH_JWT_SECRET: SECRET });
    expect(p.join("\n")).toContain('XOBIN_BASE_URL="app.xobin.com" must be an absolute http(s) URL');
    expect(p.join("\n")).toContain("ALFAONE_API_KEY must be ak_live_ or ak_test_ followed by the rest of the key");
    expect(p.join("\n")).toContain("IMOCHA_BASE_URL is set, so IMOCHA_API_KEY is required");
    expect(p.join("\n")).toContain("XOBIN_BASE_URL is set, so XOBIN_API_KEY is required");
  });

  it("sends provider calls with undici unless UPSTREAM_TRANSPORT says axios or node, and refuses other transports", () => {
    expect(loadConfig({}).upstreamTransport).toBe("undici");
    expect(loadConfig({ UPSTREAM_TRANSPORT: "axios" }).upstreamTransport).toBe("axios");
    expect(loadConfig({ UPSTREAM_TRANSPORT: "node" }).upstreamTransport).toBe("node");
    expect(problems({ UPSTREAM_TRANSPORT: "fetch" })).toEqual(['UPSTREAM_TRANSPORT="fetch" must be one of undici, axios, node']);
  });

  it("never echoes a key value in its messages", () => {
    const key = "sk_live_SHOULDNOTAPPEAR";
    expect(problems({ ALFAONE_BASE_URL: "https://alfaone.app/api/v1", ALFAONE_API_KEY: key }).join("\n")).not.toContain(key);
  });

  it("checks only the documented ak_live_/ak_test_ prefix of an AlfaOne key, whatever its length or characters", () => {
    const live = (key: string) => problems({ ALFAONE_BASE_URL: "https://alfaone.app/api/v1", ALFAONE_API_KEY: key, AUTH_JWT_SECRET: SECRET });
    expect(live("ak_live_fake-0123456789")).toEqual([]);
    expect(live("ak_test_Ab-12_x.y")).toEqual([]);
    expect(live(`ak_live_${"fake-".repeat(16)}`)).toEqual([]);
    for (const bad of ["ak_prod_1234", "AK_LIVE_1234", "ak_live_", "1234567890abcdef"]) {
      expect(live(bad)).toEqual(["ALFAONE_API_KEY must be ak_live_ or ak_test_ followed by the rest of the key"]);
    }
  });

  it("allows any origin outside production, none in production, and a list of exact origins when set", () => {
    expect(loadConfig({}).corsOrigins).toBe("*");
    expect(loadConfig({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET }).corsOrigins).toBeNull();
    expect(loadConfig({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET, CORS_ORIGINS: "*" }).corsOrigins).toBe("*");
    expect(loadConfig({ CORS_ORIGINS: "https://app.example.com, http://localhost:3000" }).corsOrigins).toEqual(["https://app.example.com", "http://localhost:3000"]);
    expect(problems({ CORS_ORIGINS: "https://app.example.com/, app.example.com" })).toEqual([
      'CORS_ORIGINS entry "https://app.example.com/" must be an origin such as https://app.example.com (scheme, host, optional port; no path)',
      'CORS_ORIGINS entry "app.example.com" must be an origin such as https://app.example.com (scheme, host, optional port; no path)',
    ]);
  });

  it("limits each caller to 600 GraphQL requests a minute unless RATE_LIMIT_PER_MIN says otherwise (0: off)", () => {
    expect(loadConfig({}).rateLimitPerMinute).toBe(600);
    expect(loadConfig({ RATE_LIMIT_PER_MIN: "0" }).rateLimitPerMinute).toBe(0);
    expect(problems({ RATE_LIMIT_PER_MIN: "-1" })[0]).toContain("RATE_LIMIT_PER_MIN");
  });

  it("reads per-provider outbound rate limits", () => {
    expect(loadConfig({ IMOCHA_RATE_LIMIT_PER_MIN: "30" }).providers.IMOCHA.rateLimitPerMinute).toBe(30);
    expect(problems({ IMOCHA_RATE_LIMIT_PER_MIN: "0" })[0]).toContain("IMOCHA_RATE_LIMIT_PER_MIN");
  });

  it("rejects bad integers", () => {
    expect(problems({ PORT: "http" })).toEqual(['PORT="http" must be a whole number from 0 to 65535']);
    expect(problems({ MAX_BODY_BYTES: "-5" })[0]).toContain("MAX_BODY_BYTES");
  });

  it("requires caller auth when any provider is live, and in production", () => {
    expect(problems({ DRVN_BASE_URL: "https://drvn.example.com", DRVN_TOKEN: "fake.token.value" }).join()).toContain("caller authentication is required");
    expect(problems({ NODE_ENV: "production" }).join()).toContain("NODE_ENV=production requires caller authentication");
    expect(problems({ AUTH_JWT_SECRET: "short" }).join()).toContain("at least 32 characters");
  });

  it("checks AUTH_JWT_SECRET for entropy, not only length", () => {
    expect(weakSecret(" ".repeat(32))).toContain("guessable");
    expect(weakSecret("ab".repeat(20))).toContain("guessable");
    expect(weakSecret("dd5736a4e42a6cb8ed55685a36997de9")).toBeUndefined(); // 32 random hex characters
    expect(weakSecret("JmLSsCss3AUCsiCaH2qSHSi3CPeujiNmHw4bo7d6vhA=")).toBeUndefined();
  });

  it("has documented defaults for auth, HTTP timeouts and the outbound caller share, and validates them", () => {
    const c = loadConfig({ AUTH_JWT_SECRET: SECRET });
    expect(c.auth).toMatchObject({ requireExp: true, clockToleranceSeconds: 30, identityClaims: ["client_id", "azp"] });
    expect(c.httpTimeouts).toEqual({ requestMs: 15_000, headersMs: 10_000, keepAliveMs: 72_000, connectionMs: 120_000 });
    expect(c.outboundCallerShare).toBe(0.5);
    expect(problems({ OUTBOUND_CALLER_SHARE: "0" }).join()).toContain("OUTBOUND_CALLER_SHARE");
    expect(problems({ OUTBOUND_CALLER_SHARE: "1.5" }).join()).toContain("OUTBOUND_CALLER_SHARE");
    expect(problems({ HTTP_REQUEST_TIMEOUT_MS: "5000", HTTP_HEADERS_TIMEOUT_MS: "6000" })).toEqual(["HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS"]);
    expect(problems({ AUTH_JWT_SECRET: SECRET, AUTH_IDENTITY_CLAIMS: "client id" }).join()).toContain("AUTH_IDENTITY_CLAIMS");
  });

  it("keeps shared state in the process unless REDIS_URL is set, and caches assessments for 60 s", () => {
    const c = loadConfig({});
    expect(c.redis).toBeNull();
    expect(c.assessmentCacheTtlMs).toBe(60_000);
    expect(loadConfig({ REDIS_URL: "redis://:pw@10.0.0.5:6379/2" }).redis).toEqual({ url: "redis://:pw@10.0.0.5:6379/2", keyPrefix: "hiregraph:" });
    expect(loadConfig({ REDIS_URL: "rediss://cache.internal:6380", REDIS_KEY_PREFIX: "hg-prod:" }).redis?.keyPrefix).toBe("hg-prod:");
    expect(loadConfig({ ASSESSMENT_CACHE_TTL_MS: "0" }).assessmentCacheTtlMs).toBe(0);
  });

  it("rejects a bad REDIS_URL without echoing it, a prefix without a URL, and a bad cache TTL", () => {
    const bad = problems({ REDIS_URL: "http://user:hunter2secret@cache:6379" });
    expect(bad).toEqual(["REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0"]);
    expect(problems({ REDIS_KEY_PREFIX: "x:" })).toEqual(["REDIS_KEY_PREFIX is set but REDIS_URL is not"]);
    expect(problems({ REDIS_URL: "redis://cache", REDIS_KEY_PREFIX: "has space" })[0]).toContain("REDIS_KEY_PREFIX");
    expect(problems({ ASSESSMENT_CACHE_TTL_MS: "-1" })[0]).toContain("ASSESSMENT_CACHE_TTL_MS");
  });

  it("disables unconfigured providers in production instead of simulating them", () => {
    const c = loadConfig({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET });
    for (const p of Object.values(c.providers)) expect(p.mode).toBe(ProviderMode.DISABLED);
    expect(c.introspection).toBe(false);
  });
});
