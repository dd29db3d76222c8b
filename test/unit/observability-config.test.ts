import { configProblems } from "../helpers/config";
import { loadConfig } from "../../src/config";

const SECRET = "test-only-secret-0123456789abcdef0123";

const problems = configProblems;

describe("config: tracing, pretty logs, shutdown", () => {
  it("defaults to no tracing, JSON logs and a 10 s shutdown deadline", () => {
    const c = loadConfig({});
    expect(c.tracing).toBeNull();
    expect(c.logPretty).toBe(false);
    expect(c.shutdownTimeoutMs).toBe(10_000);
  });

  it("turns tracing on with OTEL_EXPORTER_OTLP_ENDPOINT (trailing slash dropped) and names the service", () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://otel-collector:4318/" }).tracing).toEqual({ endpoint: "http://otel-collector:4318", serviceName: "hiregraph" });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "https://c.example", OTEL_SERVICE_NAME: "hiregraph-eu" }).tracing?.serviceName).toBe("hiregraph-eu");
  });

  it("refuses a collector address that is not an http(s) URL, without echoing it", () => {
    const found = problems({ OTEL_EXPORTER_OTLP_ENDPOINT: "user:pw@collector:4318" });
    expect(found).toEqual(["OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http(s) URL, e.g. http://127.0.0.1:4318"]);
  });

  it("accepts LOG_PRETTY outside production only", () => {
    expect(loadConfig({ LOG_PRETTY: "true" }).logPretty).toBe(true);
    expect(problems({ LOG_PRETTY: "yes" })).toEqual(['LOG_PRETTY="yes" must be true or false']);
    expect(problems({ LOG_PRETTY: "true", NODE_ENV: "production", AUTH_JWT_SECRET: SECRET })).toEqual([
      "LOG_PRETTY=true is for development (pino-pretty is a dev dependency); production logs stay JSON",
    ]);
  });

  it("validates SHUTDOWN_TIMEOUT_MS", () => {
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: "2500" }).shutdownTimeoutMs).toBe(2500);
    expect(problems({ SHUTDOWN_TIMEOUT_MS: "-1" })).toEqual(['SHUTDOWN_TIMEOUT_MS="-1" must be a whole number from 0 to 600000']);
  });
});
