import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const depcruise = path.join(root, "node_modules/.bin/depcruise");

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Runs the project's dependency rules over the `src` under `dir` and returns what they flag. */
function violations(dir: string): Violation[] {
  // The JSON grows with the module count, and a wrong-way import into domain/ reports many cycles: past the 1 MiB default.
  const run = spawnSync(depcruise, ["src", "-c", path.join(root, ".dependency-cruiser.cjs"), "--output-type", "json"], {
    cwd: dir,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`depcruise did not run: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

/** A copy of src with one wrong-way import added to each named file. */
function copyWith(wrongImports: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hiregraph-layers-"));
  cpSync(path.join(root, "src"), path.join(dir, "src"), { recursive: true });
  cpSync(path.join(root, "tsconfig.json"), path.join(dir, "tsconfig.json"));
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  for (const [file, line] of Object.entries(wrongImports)) appendFileSync(path.join(dir, file), `\n${line}\n`);
  return dir;
}

describe("layers (.dependency-cruiser.cjs)", () => {
  it("src has no folder or file cycles and every import points down", () => {
    expect(violations(root)).toEqual([]);
  });

  it("flags each kind of wrong-way import", () => {
    const dir = copyWith({
      "src/domain/ids.ts": 'import "../schema/types/invite";',
      "src/providers/xobin/index.ts": 'import "../../server/app";',
      "src/providers/xobin/simulator/index.ts": 'import "../mapper";',
      "src/services/freshness.ts": 'import "../schema/payloads";',
      "src/sandbox/types.ts": 'import "../providers/registry";',
      "src/record/record-store.ts": 'import "../events/bus";',
      "src/domain/enums.ts": 'import "type-graphql";',
      "src/services/paging.ts": 'import "graphql";',
    });
    try {
      const flagged = violations(dir).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
      expect(flagged).toEqual(
        expect.arrayContaining([
          "domain-stands-alone: src/domain/ids.ts → src/schema/types/invite.ts",
          "providers-point-down: src/providers/xobin/index.ts → src/server/app.ts",
          "simulators-from-the-docs: src/providers/xobin/simulator/index.ts → src/providers/xobin/mapper.ts",
          "services-know-no-graphql: src/services/freshness.ts → src/schema/payloads.ts",
          "sandbox-kit-below-providers: src/sandbox/types.ts → src/providers/registry.ts",
        ]),
      );
      expect(flagged).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^domain-stands-alone: src\/domain\/enums\.ts → .*node_modules\/type-graphql\//),
          expect.stringMatching(/^services-know-no-graphql: src\/services\/paging\.ts → .*node_modules\/graphql\//),
        ]),
      );
      expect(flagged.filter((v) => v.startsWith("no-folder-cycles:")).join("\n")).toMatch(/src\/(events|record)\b.*src\/(events|record)\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
