import { PassThrough } from "node:stream";
import { IDS } from "../helpers/seeds";
import { startApp } from "../helpers/app";

/** Starts an app logging at info into a buffer, runs one query, and returns the log text. */
async function logsOfOneQuery(env: Record<string, string>): Promise<string> {
  let logs = "";
  const stream = new PassThrough();
  stream.on("data", (chunk) => (logs += chunk.toString()));
  const t = await startApp({ LOG_LEVEL: "info", ...env }, { logger: true, logStream: stream });
  try {
    await t.gql(`query Logged($id: ID!) { invite(id: $id) { id } }`, { id: IDS.alfa.pending });
    await new Promise((r) => setTimeout(r, 50)); // the request line is written in onResponse
  } finally {
    await t.close();
  }
  return logs;
}

describe("LOG_PRETTY", () => {
  it("writes human-readable lines instead of JSON, with the same fields", async () => {
    const logs = await logsOfOneQuery({ LOG_PRETTY: "true" });
    expect(logs).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: request$/m);
    for (const line of logs.trim().split("\n")) expect(() => JSON.parse(line)).toThrow();
    expect(logs).toMatch(/operationName: "Logged"/);
    expect(logs).toMatch(/route: "\/graphql"/);
  });

  it("is off by default: one JSON object per line", async () => {
    const logs = await logsOfOneQuery({});
    const lines = logs.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    expect(lines.map((l) => JSON.parse(l)).find((l) => l.msg === "request")).toMatchObject({ operationName: "Logged", route: "/graphql" });
  });
});
