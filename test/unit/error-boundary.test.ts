import { GraphQLError } from "graphql";
import type { Context } from "../../src/context";
import { ErrorCode, Provider } from "../../src/domain/enums";
import { HiregraphError, InputError, reportError } from "../../src/domain/errors";
import { formatError } from "../../src/schema/errors";
import { runMutation } from "../../src/services/run-mutation";

/** As graphql-js hands a resolver's error to formatError. */
const fromResolver = (err: Error) => new GraphQLError(err.message, { originalError: err, path: ["invite"] });

describe("one error boundary: reportError", () => {
  it("keeps what a HiregraphError says", () => {
    const err = new HiregraphError(ErrorCode.RATE_LIMITED, "slow down", { retryable: true, retryAfterSeconds: 7, provider: Provider.XOBIN });
    expect(reportError(err)).toEqual({ code: "RATE_LIMITED", message: "slow down", field: null, retryable: true, retryAfterSeconds: 7, provider: "XOBIN" });
    expect(reportError(new InputError(["candidate", "email"], "bad email"))).toMatchObject({ code: "INVALID_INPUT", field: ["candidate", "email"], retryable: false });
  });

  it("reports anything else as INTERNAL_SERVER_ERROR, not retryable, without its message", () => {
    const report = reportError(new TypeError("Cannot read properties of undefined (reading 'secret_token_abc')"));
    expect(report).toEqual({ code: "INTERNAL_SERVER_ERROR", message: "Internal server error", field: null, retryable: false, retryAfterSeconds: null, provider: null });
  });

  it("gives a bug the same code in a mutation's userErrors as in a query's errors", async () => {
    const bug = new TypeError("undefined is not a function");
    const payload = await runMutation({} as Context, "inviteCandidate", {}, (userErrors) => ({ invite: null, userErrors }), async () => {
      throw bug;
    });
    const query = formatError({ message: bug.message, path: ["invite"] }, fromResolver(bug));
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: "INTERNAL_SERVER_ERROR", retryable: false })]);
    expect(query.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", retryable: false });
    expect(JSON.stringify([payload, query])).not.toContain("undefined is not a function");
  });
});
