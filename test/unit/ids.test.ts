import { Provider } from "../../src/domain/enums";
import { formatId, InvalidIdError } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";

describe("global ids", () => {
  it.each([
    ["alfaone:invite:3c90c3cc-0d44-4b50-8888-8dd25736052a", Provider.ALFAONE, "invite", "3c90c3cc-0d44-4b50-8888-8dd25736052a"],
    ["xobin:ai-invite:1234", Provider.XOBIN, "ai-invite", "1234"],
    ["imocha:invite:2932950", Provider.IMOCHA, "invite", "2932950"],
    ["drvn:interview:27", Provider.DRVN, "interview", "27"],
    ["alfaone:grader:usr_42", Provider.ALFAONE, "grader", "usr_42"],
  ])("parses %s", (raw, provider, type, nativeId) => {
    expect(parseId(raw)).toEqual({ provider, type, nativeId, id: raw });
  });

  it("round-trips through formatId", () => {
    expect(formatId(Provider.IMOCHA, "test", 1001)).toBe("imocha:test:1001");
    expect(parseId(formatId(Provider.XOBIN, "assessment", "53280")).nativeId).toBe("53280");
  });

  it.each([
    ["", "expected the form"],
    ["imocha:invite", "expected the form"],
    ["imocha:invite:1:2", "expected the form"],
    ["acme:invite:1", 'unknown provider "acme"'],
    ["IMOCHA:invite:1", 'unknown provider "IMOCHA"'],
    ["imocha:report:1", 'unknown type "report"'],
    ["imocha:invite:abc", "is not a valid imocha invite id"],
    ["imocha:invite:0", "is not a valid imocha invite id"],
    ["alfaone:invite:not-a-uuid", "is not a valid alfaone invite id"],
    ["xobin:ai-invite:99999999999999999999", "is not a valid xobin ai-invite id"],
  ])("rejects %j with a reason", (raw, reason) => {
    expect(() => parseId(raw)).toThrow(InvalidIdError);
    expect(() => parseId(raw)).toThrow(reason);
  });

  it("checks the expected provider and type", () => {
    expect(() => parseId("imocha:test:1", { types: ["invite"] })).toThrow("expected an id of type invite");
    expect(() => parseId("imocha:invite:1", { provider: Provider.DRVN })).toThrow("expected a drvn id");
  });

  it("truncates very long ids in messages", () => {
    const err = (() => {
      try {
        parseId("x".repeat(5000));
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message.length).toBeLessThan(300);
  });
});
