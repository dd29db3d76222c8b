import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { startApp } from "../helpers/app";

const root = join(__dirname, "..", "..");
const SECRET = "test-only-secret-0123456789abcdef0123";

describe("GET /graphiql", () => {
  beforeAll(() => execFileSync(process.execPath, ["scripts/build-graphiql.js"], { cwd: root, stdio: "ignore", timeout: 60_000 }), 60_000);

  it("serves a page that names no external URL, under a CSP that allows only this server", async () => {
    const t = await startApp();
    try {
      const res = await fetch(`${t.url}/graphiql`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/html");
      const csp = res.headers.get("content-security-policy")!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/https?:|\*/);
      const html = await res.text();
      expect(html).not.toMatch(/https?:\/\//);
      for (const asset of ["/graphiql/assets/main.js", "/graphiql/assets/style.css", "/graphiql/assets/editor.worker.js"]) {
        const a = await fetch(`${t.url}${asset}`);
        expect([asset, a.status]).toEqual([asset, 200]);
        expect(await a.text()).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr|unpkg\.com|esm\.sh/);
      }
    } finally {
      await t.close();
    }
  });

  it("exists only where introspection is on, like the Apollo Sandbox page", async () => {
    const t = await startApp({ NODE_ENV: "production", AUTH_JWT_SECRET: SECRET });
    try {
      expect((await fetch(`${t.url}/graphiql`)).status).toBe(404);
      expect((await fetch(`${t.url}/graphiql/assets/main.js`)).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
