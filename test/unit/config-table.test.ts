import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DECLARED, mergeDeclarations } from "../../src/config/declared";
import { PROVIDERS } from "../../src/config/providers";
import { SETTINGS } from "../../src/config/settings";
import { configTable, TABLE_END, TABLE_START, withConfigTable } from "../../src/config/table";
import { configProblems } from "../helpers/config";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

/** The variable names of a generated table's rows, in order. */
const tableNames = (table: string) => [...table.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);

describe("the README's configuration table", () => {
  it("is the one generated from the declarations (run `npm run config:emit` after changing either)", () => {
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start + TABLE_START.length, end)).toBe(`\n${configTable()}`);
  });

  it("lists every declared variable exactly once", () => {
    const names = tableNames(configTable());
    expect([...names].sort()).toEqual(Object.keys(DECLARED).sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it("replaces only what is between the markers, and refuses a README without them", () => {
    const edited = readme.replace("| `PORT` |", "| `PORT` (edited) |");
    expect(edited).not.toBe(readme);
    expect(withConfigTable(edited)).toBe(withConfigTable(readme));
    expect(() => withConfigTable("# no table here\n")).toThrow(/markers/);
  });
});

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
