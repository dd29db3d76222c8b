import { VerifiedTokens } from "../../src/server/token-cache";

describe("remembered token verifications", () => {
  const start = 1_800_000_000_000;
  let now = start;
  const clock = () => now;
  beforeEach(() => (now = start));
  const seconds = (ms: number) => Math.floor(ms / 1000);

  it("answers a token seen before without verifying it again", () => {
    const tokens = new VerifiedTokens<string>(0, clock);
    expect(tokens.get("t")).toBeUndefined();
    tokens.remember("t", { exp: seconds(start) + 3600 }, "caller");
    expect(tokens.get("t")).toBe("caller");
    expect(tokens.get("other")).toBeUndefined();
  });

  it("forgets a token once it expires, with the clock tolerance", () => {
    const tokens = new VerifiedTokens<string>(5, clock);
    tokens.remember("t", { exp: seconds(start) + 10 }, "caller");
    now = start + 14_000;
    expect(tokens.get("t")).toBe("caller");
    now = start + 15_000;
    expect(tokens.get("t")).toBeUndefined();
  });

  it("does not answer a token before its nbf", () => {
    const tokens = new VerifiedTokens<string>(0, clock);
    tokens.remember("t", { nbf: seconds(start) + 30, exp: seconds(start) + 3600 }, "caller");
    expect(tokens.get("t")).toBeUndefined();
  });

  it("verifies again after a minute, even for a token that expires later or never", () => {
    const tokens = new VerifiedTokens<string>(0, clock);
    tokens.remember("long", { exp: seconds(start) + 86_400 }, "a");
    tokens.remember("forever", {}, "b");
    now = start + 59_999;
    expect([tokens.get("long"), tokens.get("forever")]).toEqual(["a", "b"]);
    now = start + 60_000;
    expect([tokens.get("long"), tokens.get("forever")]).toEqual([undefined, undefined]);
  });

  it("keeps at most 1 000 tokens, forgetting the least recently used", () => {
    const tokens = new VerifiedTokens<number>(0, clock);
    for (let k = 0; k < 1000; k++) tokens.remember(`t${k}`, {}, k);
    expect(tokens.get("t0")).toBe(0); // now the most recently used
    tokens.remember("t1000", {}, 1000);
    expect(tokens.get("t1")).toBeUndefined();
    expect([tokens.get("t0"), tokens.get("t2"), tokens.get("t1000")]).toEqual([0, 2, 1000]);
  });
});
