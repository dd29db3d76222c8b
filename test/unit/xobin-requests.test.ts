import { ErrorCode } from "../../src/domain/enums";
import { InputError } from "../../src/domain/errors";
import { thrown } from "../helpers/caught";
import { parseId } from "../../src/providers/ids";
import type { CreateInviteRequest } from "../../src/providers/adapter";
import { toXobinDateTime } from "../../src/providers/xobin/dates";
import { buildAiInviteRequest, buildAssessmentInviteRequest, wireInteger } from "../../src/providers/xobin/requests";
import aiInviteRequest from "../fixtures/xobin/ai-invite.request.json";

const candidate = { name: "alex tanaka", email: "alex.tnk@example.com" };

const inputErrorOf = (fn: () => unknown) => thrown(fn, InputError);

describe("toXobinDateTime", () => {
  it("writes GMT minutes and drops seconds", () => {
    expect(toXobinDateTime(new Date("2025-07-18T10:00:59.999Z"))).toBe("2025-07-18 10:00");
    expect(toXobinDateTime(new Date("2025-07-20T22:30:00+02:00"))).toBe("2025-07-20 20:30");
  });
});

describe("buildAiInviteRequest", () => {
  it("reproduces the doc example request body", () => {
    const req: CreateInviteRequest = {
      assessment: parseId("xobin:ai-interview:305"),
      candidate,
      sendEmail: false,
      startsAt: new Date("2025-07-18T10:00:30Z"),
      expiresAt: new Date("2025-07-20T20:30:00Z"),
      externalId: "CAND-2025-001",
    };
    expect(buildAiInviteRequest(req)).toEqual(aiInviteRequest);
  });

  it("sends sendlink only when sendEmail is true, and omits absent optional fields", () => {
    const base = { assessment: parseId("xobin:ai-interview:305"), candidate };
    expect(buildAiInviteRequest({ ...base, sendEmail: true })).toEqual({
      candidate_name: "alex tanaka",
      candidate_email: "alex.tnk@example.com",
      ai_interview_id: 305,
      invite_format: "sendlink",
    });
    expect(buildAiInviteRequest(base).invite_format).toBe("getlink");
  });

  it.each([undefined, "", "   "])("requires the candidate name (%p)", (name) => {
    const err = inputErrorOf(() => buildAiInviteRequest({ assessment: parseId("xobin:ai-interview:305"), candidate: { name, email: "a@example.com" } }));
    expect(err.code).toBe(ErrorCode.INVALID_INPUT);
    expect(err.field).toEqual(["candidate", "name"]);
  });
});

describe("buildAssessmentInviteRequest", () => {
  const assessment = parseId("xobin:assessment:53280");

  it("sends an expiry date only", () => {
    expect(buildAssessmentInviteRequest({ assessment, candidate, sendEmail: true, expiresAt: new Date("2025-07-20T20:30:45Z") })).toEqual({
      candidate_name: "alex tanaka",
      candidate_email: "alex.tnk@example.com",
      assessment_id: 53280,
      invite_format: "sendlink",
      expiry_date: "2025-07-20 20:30",
    });
  });

  it("refuses a start date, naming the field", () => {
    const err = inputErrorOf(() => buildAssessmentInviteRequest({ assessment, candidate, startsAt: new Date() }));
    expect(err.field).toEqual(["startsAt"]);
    expect(err.message).toMatch(/assessment invites don't take/);
  });

  it("never sends an external id, which the assessment invite body has no field for (hiregraph's record keeps it)", () => {
    const body = buildAssessmentInviteRequest({ assessment, candidate, externalId: "X-1" });
    expect(Object.values(body)).not.toContain("X-1");
    expect(body).not.toHaveProperty("custom_field_id");
  });
});

describe("wireInteger", () => {
  it("passes safe integers and refuses ids JSON numbers would alter", () => {
    expect(wireInteger("305", ["id"])).toBe(305);
    expect(inputErrorOf(() => wireInteger("9007199254740993", ["id"])).field).toEqual(["id"]);
  });
});
