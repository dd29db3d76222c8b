import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DECLARED } from "../../src/config/declared";
import { configTable, TABLE_END, TABLE_START, withConfigTable } from "../../src/config/table";

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
