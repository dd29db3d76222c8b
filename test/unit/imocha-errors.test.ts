import { Provider } from "../../src/domain/enums";
import {
  ProviderAuthError,
  ProviderBusinessError,
  ProviderNotFoundError,
  ProviderValidationError,
} from "../../src/providers/errors";
import { asNotCancellable, classifyImochaError, imochaReason } from "../../src/providers/imocha/errors";
import callbacks401 from "../fixtures/imocha/callbacks-401.json";
import cancel400 from "../fixtures/imocha/cancel-400.json";
import invite400 from "../fixtures/imocha/invite-400.json";

describe("imochaReason (doc failure bodies)", () => {
  it("reads the invite 400 errors list", () => {
    expect(imochaReason(invite400)).toBe("'Email' must n…");
  });
  it("reads the cancel 400 message", () => {
    expect(imochaReason(cancel400)).toBe("Testinvitation state in inprogress, complete, and expired can not be cancelled.");
  });
  it("keeps iMocha's numeric code from the callbacks 401", () => {
    expect(imochaReason(callbacks401)).toBe("testinvitationIds does not belong to account or not found; 94761");
  });
  it.each([[null], ["<html>"], [{ errors: [] }], [{ message: "" }], [{ foo: 1 }]])("finds no reason in %j", (body) => {
    expect(imochaReason(body)).toBeUndefined();
  });
});

describe("classifyImochaError", () => {
  it("turns the invite 400 into PROVIDER_REJECTED with iMocha's messages", () => {
    const err = classifyImochaError(400, invite400, {});
    expect(err).toBeInstanceOf(ProviderValidationError);
    expect(err).toMatchObject({ code: "PROVIDER_REJECTED", status: 400, provider: Provider.IMOCHA, retryable: false });
    expect(err?.message).toContain("'Email' must n…");
  });

  it("turns a 401 errors list into PROVIDER_AUTH_FAILED", () => {
    const err = classifyImochaError(401, { result: null, errors: ["Invalid API key."] }, {});
    expect(err).toBeInstanceOf(ProviderAuthError);
    expect(err).toMatchObject({ code: "PROVIDER_AUTH_FAILED", status: 401 });
  });

  it.each([
    [404, { statusCode: 404, message: "Test invitation 1 was not found." }],
    [429, { errors: ["Too many requests"] }],
    [500, { errors: ["boom"] }],
    [400, "<html>Bad Request</html>"],
  ])("leaves HTTP %i with %j to the generic rules", (status, body) => {
    expect(classifyImochaError(status, body, {})).toBeUndefined();
  });
});

describe("asNotCancellable", () => {
  it("re-types the cancel 400 as NOT_CANCELLABLE, keeping iMocha's wording", () => {
    const rejected = classifyImochaError(400, cancel400, {});
    const err = asNotCancellable(rejected);
    expect(err).toBeInstanceOf(ProviderBusinessError);
    expect(err).toMatchObject({ code: "NOT_CANCELLABLE", status: 400, retryable: false, provider: Provider.IMOCHA });
    expect((err as Error).message).toBe(
      "iMocha can only cancel pending invitations: Testinvitation state in inprogress, complete, and expired can not be cancelled.",
    );
  });

  it("passes other errors through unchanged", () => {
    const notFound = new ProviderNotFoundError(Provider.IMOCHA, "gone");
    expect(asNotCancellable(notFound)).toBe(notFound);
    const unprocessable = new ProviderValidationError(Provider.IMOCHA, "nope", 422);
    expect(asNotCancellable(unprocessable)).toBe(unprocessable);
  });
});
