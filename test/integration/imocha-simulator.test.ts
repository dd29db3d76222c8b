import { IMOCHA_SEED } from "../../src/providers/imocha";
import type { RunningSimulator } from "../helpers/sim-server";
import { resetSim, SECRET, startImocha } from "../fixtures/imocha/sim-harness";

/** Simulator behaviour the adapter never triggers on its own, checked over raw HTTP. */

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startImocha();
});
afterAll(() => sim.close());
beforeEach(() => resetSim(sim));

async function call(method: string, path: string, body?: unknown, key: string | null = SECRET) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key !== null) headers["x-api-key"] = key;
  const res = await fetch(`${sim.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

it("answers 401 with the callbacks API's error shape when X-API-KEY is missing", async () => {
  const res = await call("GET", "/v3/tests", undefined, null);
  expect(res.status).toBe(401);
  expect(res.body).toEqual({ result: null, errors: [expect.any(String)] });
});

it("lists every problem of an invite body in one documented 400", async () => {
  const res = await call("POST", "/v3/tests/1001/invite", {
    email: "",
    sendEmail: "true",
    hideInstruction: 2,
    ProctoringMode: "audio",
    startDateTime: "2025-07-01T09:00:00.000Z",
    endDateTime: "01/07/2025",
    timeZoneId: "IST",
  });
  expect(res.status).toBe(400);
  expect(res.body.errors).toEqual([
    "'Email' must not be empty.",
    "'Name' must not be empty.",
    "'Send Email' must be one of \"yes\", \"no\".",
    "'Hide Instruction' must be one of 0, 1.",
    "'Proctoring Mode' must be one of \"disabled\", \"image\", \"video\".",
    "'Start Date Time' must be a UTC date and time like 2020-06-11T16:00:00Z.",
    "'End Date Time' must be a UTC date and time like 2020-06-11T16:00:00Z.",
    "'Time Zone Id' must be an integer.",
  ]);
});

it("accepts a date without its time part, as documented", async () => {
  const res = await call("POST", "/v3/tests/1002/invite", { email: "linus@example.com", name: "Linus", endDateTime: "2025-07-08" });
  expect(res.status).toBe(201);
});

it("generates candidate details when disableMandatoryFields is 1", async () => {
  const created = await call("POST", "/v3/tests/1001/invite", { disableMandatoryFields: 1 });
  expect(created.status).toBe(201);
  const report = await call("GET", `/v3/reports/${created.body.testInvitationId}?reportType=1`);
  expect(report.body).toMatchObject({ Status: "Pending", candidateEmail: expect.stringMatching(/@example\.com$/) });
});

it("answers the report of an invitation never attempted with nulls", async () => {
  const res = await call("GET", `/v3/reports/${IMOCHA_SEED.expiredInvite}`);
  expect(res.body).toMatchObject({ Status: "Expired", attemptedOn: null, candidatePoints: null, pdfReportUrl: null, sections: [] });
});

it("refuses a report type other than 1, 2 or 3", async () => {
  expect((await call("GET", `/v3/reports/${IMOCHA_SEED.completedInvite}?reportType=4`)).status).toBe(400);
});

it("restores the seed on reset", async () => {
  await call("POST", `/v3/invitations/${IMOCHA_SEED.pendingInvite}/cancel`, {});
  await resetSim(sim);
  expect((await call("GET", `/v3/reports/${IMOCHA_SEED.pendingInvite}`)).body.Status).toBe("Pending");
});
