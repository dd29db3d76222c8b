import { derivedCandidateId, normalizeEmail } from "../../src/domain/candidate-id";
import { Provider } from "../../src/domain/enums";
import { toCandidate } from "../../src/providers/candidate";
import type { Candidate } from "../../src/domain/entities";

describe("derived candidate ids", () => {
  it("are the documented hash: 32 hex of SHA-256 over the provider and the normalised email (golden value, so ids never drift)", () => {
    // printf 'imocha\nmei.chen@example.com' | sha256sum | cut -c1-32
    expect(derivedCandidateId(Provider.IMOCHA, "mei.chen@example.com")).toBe("hiregraph:candidate:6559eecb044892b52c8b61651e304b44");
  });

  it("ignore case and surrounding spaces in the email", () => {
    expect(normalizeEmail("  Mei.Chen@Example.COM ")).toBe("mei.chen@example.com");
    expect(derivedCandidateId(Provider.IMOCHA, "  Mei.Chen@Example.COM ")).toBe(derivedCandidateId(Provider.IMOCHA, "mei.chen@example.com"));
  });

  it("differ between people and between providers, and never contain the address", () => {
    const ids = [
      derivedCandidateId(Provider.IMOCHA, "mei.chen@example.com"),
      derivedCandidateId(Provider.IMOCHA, "mei.chen2@example.com"),
      derivedCandidateId(Provider.XOBIN, "mei.chen@example.com"),
      derivedCandidateId(Provider.ALFAONE, "mei.chen@example.com"),
    ];
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) {
      expect(id).toMatch(/^hiregraph:candidate:[0-9a-f]{32}$/);
      expect(id).not.toContain("mei");
    }
  });

  it("are null without a usable email", () => {
    expect(derivedCandidateId(Provider.XOBIN, null)).toBeNull();
    expect(derivedCandidateId(Provider.XOBIN, "   ")).toBeNull();
  });
});

describe("toCandidate", () => {
  it("uses the provider's own candidate id where there is one, with provenance", () => {
    expect(toCandidate(Provider.DRVN, { name: "Rodolfo Feil", phone: "123" }, 295)).toEqual(
      ({ id: "drvn:candidate:295", provider: Provider.DRVN, providerId: "295", name: "Rodolfo Feil", email: null, phone: "123" } satisfies Candidate),
    );
  });

  it("derives the id from the email otherwise, and leaves providerId null", () => {
    const c = toCandidate(Provider.ALFAONE, { name: null, email: "Ana.Silva@example.com" });
    expect(c).toMatchObject({ id: derivedCandidateId(Provider.ALFAONE, "ana.silva@example.com"), provider: Provider.ALFAONE, providerId: null, email: "Ana.Silva@example.com" });
  });

  it("has a null id when the provider names neither", () => {
    expect(toCandidate(Provider.XOBIN, { name: null, email: null }).id).toBeNull();
  });
});
