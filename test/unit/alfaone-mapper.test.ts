import { expectEntity } from "../helpers/entities";
import { AssessmentKind, InviteStatus, Provider } from "../../src/domain/enums";
import { toInviteStatus as mapInviteStatus, toAssessment, toGrader, toInvite, toPage } from "../../src/providers/alfaone/mapper";
import type { AlfaoneInviteDto } from "../../src/providers/alfaone/types";
import getInvite from "../fixtures/alfaone/get-invite.json";
import listInvites from "../fixtures/alfaone/list-invites.json";
import createInvite from "../fixtures/alfaone/create-invite.json";
import getAssessment from "../fixtures/alfaone/get-assessment.json";
import listAssessments from "../fixtures/alfaone/list-assessments.json";

const DOC_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

describe("AlfaOne invite mapping (doc examples)", () => {
  it("maps the get-invite example to an Invite with embedded candidate, assessment and grader", () => {
    const invite = toInvite(getInvite);
    expectEntity(invite, "Invite");
    expect(invite).toMatchObject({
      id: `alfaone:invite:${DOC_ID}`,
      provider: Provider.ALFAONE,
      providerId: DOC_ID,
      status: InviteStatus.PENDING,
      providerStatus: "pending",
      inviteUrl: null,
      score: null,
      reportUrl: null,
    });
    expectEntity(invite.candidate, "Candidate");
    expect(invite.candidate).toMatchObject({
      id: "hiregraph:candidate:acaccac86c23d9f32e168ac5dff48aec",
      provider: Provider.ALFAONE,
      providerId: null,
      name: "<string>",
      email: "[email protected]",
    });
    expectEntity(invite.assessment, "Assessment");
    expect(invite.assessment).toMatchObject({
      id: `alfaone:assessment:${DOC_ID}`,
      providerId: DOC_ID,
      name: "<string>",
      kind: AssessmentKind.VIDEO_ASSESSMENT,
    });
    expectEntity(invite.grader, "Grader");
    expect(invite.grader).toMatchObject({ id: "alfaone:grader:<string>", name: "<string> <string>", email: "[email protected]" });
  });

  it("converts every date to a UTC Date and drops acceptedAt, which has no contract field", () => {
    const invite = toInvite(getInvite);
    for (const field of ["sentAt", "expiresAt", "startedAt", "completedAt", "revokedAt"] as const) {
      expect(invite[field]).toBeInstanceOf(Date);
      expect(invite[field]?.toISOString()).toBe("2023-11-07T05:31:56.000Z");
    }
    expect(invite).not.toHaveProperty("acceptedAt");
  });

  it("maps a list item without status, grader or revokedAt (as the list example shows) to UNKNOWN with null extras", () => {
    const invite = toInvite(listInvites.invites[0]);
    expect(invite.status).toBe(InviteStatus.UNKNOWN);
    expect(invite.providerStatus).toBeNull();
    expect(invite.grader).toBeNull();
    expect(invite.revokedAt).toBeNull();
    expect(invite.completedAt?.toISOString()).toBe("2023-11-07T05:31:56.000Z");
  });

  it("maps the created-invite example: pending, no recipient name, expiring 30 days after it was sent", () => {
    const invite = toInvite(createInvite.invite);
    expect(invite.status).toBe(InviteStatus.PENDING);
    expect(invite.candidate.name).toBeNull();
    expect(invite.grader).toBeNull();
    expect(invite.sentAt?.toISOString()).toBe("2025-01-15T12:00:00.000Z");
    expect(invite.expiresAt?.toISOString()).toBe("2025-02-14T12:00:00.000Z");
    expect(invite.startedAt).toBeNull();
  });
});

describe("AlfaOne invite status table", () => {
  it.each([
    ["pending", InviteStatus.PENDING],
    ["accepted", InviteStatus.ACCEPTED],
    ["started", InviteStatus.STARTED],
    ["completed", InviteStatus.COMPLETED],
    ["expired", InviteStatus.EXPIRED],
    ["revoked", InviteStatus.REVOKED],
  ])("maps %s to %s and keeps the raw word", (raw, status) => {
    expect(mapInviteStatus(raw)).toEqual({ status, providerStatus: raw });
  });

  it.each(["archived", "Completed", "constructor"])("maps the unknown value %s to UNKNOWN, keeping it", (raw) => {
    expect(mapInviteStatus(raw)).toEqual({ status: InviteStatus.UNKNOWN, providerStatus: raw });
    expect(toInvite({ id: DOC_ID, status: raw }).providerStatus).toBe(raw);
  });

  it.each([undefined, null, ""])("maps a missing status (%p) to UNKNOWN with a null providerStatus", (raw) => {
    expect(mapInviteStatus(raw)).toEqual({ status: InviteStatus.UNKNOWN, providerStatus: null });
  });
});

describe("AlfaOne dates", () => {
  const at = (sentAt: string | null) => toInvite({ id: DOC_ID, sentAt } as AlfaoneInviteDto).sentAt?.toISOString() ?? null;

  it("reads both documented forms and offsets as UTC instants", () => {
    expect(at("2025-01-15T12:00:00.000Z")).toBe("2025-01-15T12:00:00.000Z");
    expect(at("2023-11-07T05:31:56Z")).toBe("2023-11-07T05:31:56.000Z");
    expect(at("2025-01-15T14:00:00+02:00")).toBe("2025-01-15T12:00:00.000Z");
    expect(at("2025-01-15T12:00:00")).toBe("2025-01-15T12:00:00.000Z");
  });

  it("turns null or unparseable dates into null instead of passing them through", () => {
    expect(at(null)).toBeNull();
    expect(at("next Tuesday")).toBeNull();
  });
});

describe("AlfaOne grader mapping", () => {
  it("joins the names that are present and keeps a nameless grader's id", () => {
    expect(toGrader({ id: "mbr_1", firstName: "Priya", lastName: null, email: null })).toMatchObject({ name: "Priya", email: null });
    expect(toGrader({ id: "mbr_2" })).toMatchObject({ id: "alfaone:grader:mbr_2", providerId: "mbr_2", name: null });
  });

  it("has no grader without an id", () => {
    expect(toGrader(null)).toBeNull();
    expect(toGrader({ id: "", firstName: "Nobody" })).toBeNull();
  });
});

describe("AlfaOne assessment mapping (doc examples)", () => {
  it("maps the get-assessment example", () => {
    const a = toAssessment(getAssessment);
    expectEntity(a, "Assessment");
    expect(a).toMatchObject({
      id: `alfaone:assessment:${DOC_ID}`,
      provider: Provider.ALFAONE,
      providerId: DOC_ID,
      name: "<string>",
      kind: AssessmentKind.VIDEO_ASSESSMENT,
      questionCount: 123,
      languages: ["en", "es"],
    });
    expect(a.createdAt?.toISOString()).toBe("2025-01-15T12:00:00.000Z");
  });

  it("leaves absent optional fields null", () => {
    expect(toAssessment({ id: DOC_ID })).toMatchObject({ name: null, questionCount: null, languages: null, createdAt: null });
  });
});

describe("AlfaOne paging", () => {
  it("reads hasNextPage from the list example's pagination (page 1 of 5)", () => {
    const page = toPage(listInvites.invites.map(toInvite), listInvites.pagination, { page: 1, limit: 20 });
    expect(page).toMatchObject({ page: 1, limit: 20, total: 87, hasNextPage: true });
    expect(page.items).toHaveLength(1);
  });

  it("has no next page on the last page", () => {
    const page = toPage(listAssessments.assessments.map(toAssessment), listAssessments.pagination, { page: 1, limit: 20 });
    expect(page).toMatchObject({ total: 1, hasNextPage: false });
    expect(toPage([], { page: 5, limit: 20, total: 87, totalPages: 5 }, { page: 5, limit: 20 }).hasNextPage).toBe(false);
  });

  it("treats an answer without pagination (older, unpaged docs) as the only page", () => {
    expect(toPage(["a", "b"], undefined, { page: 1, limit: 20 })).toEqual({ items: ["a", "b"], page: 1, limit: 2, total: 2, hasNextPage: false });
  });
});
