import { loadConfig } from "../../src/config";
import { DECLARED, mergeDeclarations } from "../../src/config/declared";
import { PROVIDERS } from "../../src/config/providers";
import { SETTINGS } from "../../src/config/settings";
import { configProblems } from "../helpers/config";

const SECRET = "test-only-secret-0123456789abcdef0123";

describe("the declarations", () => {
  it("refuse a variable declared twice", () => {
    expect(() => mergeDeclarations({ ...SETTINGS, XOBIN_API_KEY: SETTINGS.HOST }, Object.values(PROVIDERS))).toThrow("XOBIN_API_KEY is declared twice");
    expect(() => mergeDeclarations(SETTINGS, Object.values(PROVIDERS))).not.toThrow();
  });

  it("report a bad value under the variable's own name, whichever variable it is", () => {
    let checked = 0;
    for (const name of Object.keys(DECLARED)) {
      // A value no number, flag, URL, list or key format accepts; free-text variables take it, and are skipped.
      const env = { [name]: "%not a valid value%" };
      if (DECLARED[name].schema.safeParse(env[name]).success) continue;
      checked++;
      expect(configProblems(env).filter((p) => p.startsWith(name + " ") || p.startsWith(`${name}=`))).not.toEqual([]);
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe("empty values", () => {
  it("count as unset, so the default applies", () => {
    const c = loadConfig({ PORT: "", LOG_LEVEL: "", UPSTREAM_TRANSPORT: "  ", CORS_ORIGINS: "" });
    expect([c.port, c.logLevel, c.upstreamTransport, c.corsOrigins]).toEqual([4000, "info", "undici", "*"]);
  });

  it("are values where the meaning says so: no Redis key prefix, no identity claims besides sub", () => {
    expect(loadConfig({ REDIS_URL: "redis://cache:6379", REDIS_KEY_PREFIX: "" }).redis?.keyPrefix).toBe("");
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, AUTH_IDENTITY_CLAIMS: "" }).auth?.identityClaims).toEqual([]);
  });
});

it("checks a variable's value even where another variable makes it unused (AUTH_* without caller auth)", () => {
  expect(configProblems({ AUTH_CLOCK_TOLERANCE_S: "abc" })).toEqual(['AUTH_CLOCK_TOLERANCE_S="abc" must be a whole number from 0 to 300']);
});
