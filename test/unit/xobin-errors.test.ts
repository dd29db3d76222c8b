import { ErrorCode } from "../../src/domain/enums";
import { ProviderAuthError, ProviderBusinessError, ProviderUnavailableError } from "../../src/providers/errors";
import { classifyXobinFailure, revokeFailure, XobinRevokeConfirmed } from "../../src/providers/xobin/errors";
import invalidApiKey from "../fixtures/xobin/invalid-api-key.json";
import invitesExhausted from "../fixtures/xobin/invites-exhausted.json";
import errorRevoking from "../fixtures/xobin/assessment-revoke.error-revoking.json";
import alreadyRevoked from "../fixtures/xobin/revoke.already-revoked.json";
import failed from "../fixtures/xobin/revoke.failed.json";
import notAllowed from "../fixtures/xobin/revoke.not-allowed.json";
import revoked from "../fixtures/xobin/revoke.revoked.json";

describe("classifyXobinFailure", () => {
  it("reads the 403 limit_exceed body as QUOTA_EXCEEDED, not an auth failure", () => {
    const err = classifyXobinFailure(403, invitesExhausted);
    expect(err).toBeInstanceOf(ProviderBusinessError);
    expect(err).toMatchObject({ code: ErrorCode.QUOTA_EXCEEDED, status: 403, retryable: false });
    expect(err?.message).toContain("Invites Exhausted");
  });

  it.each([400, 401, 403])("reads the Invalid API key body as an auth failure at HTTP %d", (status) => {
    const err = classifyXobinFailure(status, invalidApiKey);
    expect(err).toBeInstanceOf(ProviderAuthError);
    expect(err?.code).toBe(ErrorCode.PROVIDER_AUTH_FAILED);
  });

  it("reads revoke bodies whatever the HTTP code", () => {
    expect(classifyXobinFailure(409, notAllowed)?.code).toBe(ErrorCode.NOT_ALLOWED);
    expect(classifyXobinFailure(400, revoked)).toBeInstanceOf(XobinRevokeConfirmed);
  });

  it.each([
    [404, { error: "Report not found" }],
    [500, "<html>oops</html>"],
    [400, { status: "weird" }],
    [400, null],
  ])("leaves other bodies to the generic rules (%d %p)", (status, body) => {
    expect(classifyXobinFailure(status, body)).toBeUndefined();
  });
});

describe("revokeFailure", () => {
  it("accepts REVOKED", () => {
    expect(revokeFailure(revoked)).toBeUndefined();
  });

  it("reads NOT_ALLOWED with the provider timestamp as ISO-8601 UTC", () => {
    const err = revokeFailure(notAllowed, 200);
    expect(err).toBeInstanceOf(ProviderBusinessError);
    expect(err).toMatchObject({ code: ErrorCode.NOT_ALLOWED, retryable: false });
    expect(err?.message).toContain("2025-01-15T10:32:45.000Z");
    expect(err?.message).toContain("sent before the latest plan change");
    expect(err?.message).not.toContain("2025-01-15 10:32:45");
  });

  it("reads ALREADY_REVOKED", () => {
    expect(revokeFailure(alreadyRevoked)).toMatchObject({ code: ErrorCode.ALREADY_REVOKED, retryable: false });
  });

  it.each([
    ["FAILED", failed],
    ["ERROR_REVOKING", errorRevoking],
  ])("reads %s as a retryable PROVIDER_UNAVAILABLE", (_name, body) => {
    const err = revokeFailure(body);
    expect(err).toBeInstanceOf(ProviderUnavailableError);
    expect(err).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true });
  });

  it("reads an unknown status as PROVIDER_UNAVAILABLE naming the raw status", () => {
    const err = revokeFailure({ status: "QUEUED" });
    expect(err).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true });
    expect(err?.message).toContain('"QUEUED"');
  });

  it.each([null, {}, []])("reads a body without a status (%p) as PROVIDER_UNAVAILABLE", (body) => {
    expect(revokeFailure(body as never)?.code).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
  });
});
