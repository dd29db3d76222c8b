import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const root = join(__dirname, "..", "..");

/** The ```ts blocks of the README, as a newcomer would paste them into a file at the repository root. */
function readmeSnippets(): string[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Type-checks `source` as `<root>/<name>` with the project's tsconfig; returns the diagnostics as text. */
function typecheck(name: string, source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const file = join(root, name);
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (path, lang, ...rest) => (path === file ? ts.createSourceFile(path, source, lang) : getSourceFile(path, lang, ...rest));
  const program = ts.createProgram({ rootNames: [file], options: { ...config.options, noEmit: true }, host });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the README's TypeScript", () => {
  it("has a snippet, and it compiles as written (strict, against the generated client types)", () => {
    const snippets = readmeSnippets();
    expect(snippets.length).toBeGreaterThan(0);
    snippets.forEach((source, i) => expect(typecheck(`readme-snippet-${i}.ts`, source)).toEqual([]));
  }, 60_000);

  it("would catch a snippet that does not compile", () => {
    expect(typecheck("readme-snippet-broken.ts", 'import { execute } from "./examples/client";\nexecute({ url: 1 });\n').length).toBeGreaterThan(0);
  }, 60_000);
});
