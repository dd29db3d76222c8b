import { ErrorCode } from "../../src/domain/enums";
import { classifyAlfaoneError } from "../../src/providers/alfaone/errors";
import { ProviderAuthError, ProviderNotFoundError, ProviderValidationError } from "../../src/providers/errors";

describe("AlfaOne documented failure bodies", () => {
  it.each(["API key is required", "Invalid API key", "API key has expired", "API key has been revoked"])(
    "turns the 401 body %p into PROVIDER_AUTH_FAILED carrying the reason",
    (reason) => {
      const err = classifyAlfaoneError(401, { error: reason });
      expect(err).toBeInstanceOf(ProviderAuthError);
      expect(err?.code).toBe(ErrorCode.PROVIDER_AUTH_FAILED);
      expect(err?.message).toContain(reason);
      expect(err?.retryable).toBe(false);
    },
  );

  it("turns a 404 body into NOT_FOUND", () => {
    const err = classifyAlfaoneError(404, { error: "Invite not found" });
    expect(err).toBeInstanceOf(ProviderNotFoundError);
    expect(err?.code).toBe(ErrorCode.NOT_FOUND);
    expect(err?.message).toContain("Invite not found");
  });

  it.each([400, 409])("turns a %p body into PROVIDER_REJECTED with the provider's message", (status) => {
    const err = classifyAlfaoneError(status, { error: "Invite already exists" });
    expect(err).toBeInstanceOf(ProviderValidationError);
    expect(err?.code).toBe(ErrorCode.PROVIDER_REJECTED);
    expect(err?.status).toBe(status);
    expect(err?.message).toContain("Invite already exists");
  });

  it("leaves 429, 5xx and undocumented bodies to the generic rules", () => {
    expect(classifyAlfaoneError(429, { error: "Too many requests" })).toBeUndefined();
    expect(classifyAlfaoneError(500, { error: "boom" })).toBeUndefined();
    expect(classifyAlfaoneError(401, { message: "Unauthorized" })).toBeUndefined();
    expect(classifyAlfaoneError(404, "<html>Not Found</html>")).toBeUndefined();
  });
});
