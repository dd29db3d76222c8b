import { AssessmentKind, Capability, ErrorCode, InterviewStatus, InviteStatus, ProviderMode, type Provider } from "../../src/domain/enums";
import { HiregraphError } from "../../src/domain/errors";
import { type GlobalId } from "../../src/domain/ids";
import { parseId } from "../../src/providers/ids";
import type { CreateInviteRequest, InterviewFields, ListInvitesArgs, PageArgs, ProviderAdapter } from "../../src/providers/adapter";
import { ADAPTER_FACTORIES, sandboxPath, type AdapterFactory } from "../../src/providers/registry";
import { startSimulator, type RunningSimulator } from "./sim-server";

/**
 * The behaviour every ProviderAdapter must have (src/providers/adapter.ts), run against each provider's simulator
 * over real HTTP. Everything provider-specific comes in through the fixture; the cases registered depend on the
 * capabilities it lists, and a capability that is not listed gets a case asserting its method is absent.
 */

type AdapterDeps = Parameters<AdapterFactory>[0];
type FaultRule = Parameters<RunningSimulator["control"]["setFaults"]>[0][number];
type Method = Exclude<{ [K in keyof ProviderAdapter]-?: NonNullable<ProviderAdapter[K]> extends (...args: never[]) => unknown ? K : never }[keyof ProviderAdapter], undefined>;
type CreateInterviewFields = Parameters<NonNullable<ProviderAdapter["createInterview"]>>[0];

/** The method each capability stands for. WITHDRAW_INVITE is served by revokeInvite or cancelInvite (src/services/invite-mutations.ts). */
const CAPABILITY_METHODS: Readonly<Record<Capability, readonly Method[]>> = {
  READ_INVITE: ["getInvites"],
  LIST_INVITES: ["listInvites"],
  CREATE_INVITE: ["createInvite"],
  REVOKE_INVITE: ["revokeInvite"],
  CANCEL_INVITE: ["cancelInvite"],
  WITHDRAW_INVITE: ["revokeInvite", "cancelInvite"],
  READ_ASSESSMENT: ["getAssessments"],
  LIST_ASSESSMENTS: ["listAssessments"],
  CREATE_INTERVIEW: ["createInterview"],
  UPDATE_INTERVIEW: ["updateInterview"],
};

/**
 * Methods the interface offers without a capability of their own: callers test for the method itself.
 * findInviteByExternalId reconciles a create whose answer was lost, so it only makes sense beside CREATE_INVITE.
 */
export const EXTRA_METHODS = { findInviteByExternalId: Capability.CREATE_INVITE, replayCallbacks: undefined } as const satisfies Partial<Record<Method, Capability | undefined>>;
export type ExtraMethod = keyof typeof EXTRA_METHODS;

/** How to read one kind of object by id. */
export interface BatchReadFixture {
  /** At least two ids the simulator is seeded with. */
  seeded: readonly [GlobalId, GlobalId, ...GlobalId[]];
  /** A well-formed id of the right type that the provider does not have. Omit only where the adapter answers without calling the provider (`calls` is always 0), so it cannot know. */
  unknown?: GlobalId;
  /** A well-formed id of this provider but of another type: refused per entry, never sent. */
  wrongType: GlobalId;
  /** Upstream calls for a batch of `n` ids, as the adapter documents it. */
  calls: (n: number) => number;
  /** The simulator route (`METHOD /template`, as `control.stats().byRoute` keys it) a batch calls. */
  route?: string;
}

/** A write, with the simulator route (`METHOD /template`) that performs it. */
interface WriteFixture {
  route: string;
}

export interface AdapterContractFixture {
  provider: Provider;
  simulator: Parameters<typeof startSimulator>[0];
  /** The credential the simulator accepts. */
  secret: string;
  /** What the provider's API offers, as its docs say: the adapter must declare exactly these. */
  capabilities: readonly Capability[];
  /** Capability-less methods the adapter has (EXTRA_METHODS); any other is a contract breach. */
  extraMethods: readonly ExtraMethod[];

  invites?: BatchReadFixture;
  assessments?: BatchReadFixture;
  listInvites?: { args: ListInvitesArgs; route: string };
  listAssessments?: { args: PageArgs; route: string };
  findInviteByExternalId?: { assessment: GlobalId; externalId: string; expected: GlobalId; unknownExternalId: string; route: string };
  createInvite?: WriteFixture & { request: CreateInviteRequest };
  /** A seeded invite in a state that can be revoked, and what it reads as afterwards. */
  revokeInvite?: WriteFixture & { id: GlobalId; unknown: GlobalId; after: InviteStatus };
  cancelInvite?: WriteFixture & { id: GlobalId; unknown: GlobalId; after: InviteStatus };
  createInterview?: WriteFixture & { fields: CreateInterviewFields };
  /** `fields` must change something: they are checked on the answer. */
  updateInterview?: WriteFixture & { id: GlobalId; unknown: GlobalId; fields: InterviewFields };
  replayCallbacks?: { ids: readonly GlobalId[]; route: string };
}

/** One upstream-calling operation, normalised: resolves to its value, or to the error it threw or returned for the first id. */
interface Probe {
  name: string;
  write: boolean;
  route: string;
  run(adapter: ProviderAdapter): Promise<unknown>;
}

const settle = (p: Promise<unknown>) => p.then((v) => v, (err: unknown) => err);
const firstOf = (p: Promise<readonly unknown[]>) => settle(p.then((r) => r[0]));

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`adapter contract fixture: ${what} is required by the capabilities it lists`);
  return value;
}

/** Every function-valued property, own or inherited (short of Object.prototype), so a class-based adapter is checked too. */
function methodNames(adapter: ProviderAdapter): string[] {
  const names = new Set<string>();
  for (let o: object | null = adapter; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const k of Object.getOwnPropertyNames(o)) if (k !== "constructor" && typeof (adapter as unknown as Record<string, unknown>)[k] === "function") names.add(k);
  }
  return [...names];
}

export function itBehavesAsAProviderAdapter(fixture: AdapterContractFixture): void {
  const declares = (c: Capability) => fixture.capabilities.includes(c);
  const has = (m: ExtraMethod) => fixture.extraMethods.includes(m);
  let sim: RunningSimulator;
  let adapter: ProviderAdapter;
  const make = (over: Partial<AdapterDeps> = {}): ProviderAdapter =>
    ADAPTER_FACTORIES[fixture.provider]({ mode: ProviderMode.SANDBOX, baseUrl: sim.baseUrl, secret: fixture.secret, timeoutMs: 2000, maxConcurrency: 8, ...over });
  const stats = () => sim.control.stats();
  const calls = (route: string) => stats().byRoute[route] ?? 0;
  const fault = (...rules: FaultRule[]) => sim.control.setFaults(rules);
  /** The adapter's method, failing the test (not skipping it) when it is missing. */
  const method = <M extends Method>(name: M, on: ProviderAdapter = adapter): NonNullable<ProviderAdapter[M]> => {
    const fn = on[name];
    if (typeof fn !== "function") throw new Error(`${fixture.provider} adapter has no ${name}`);
    return (fn as (...args: never[]) => unknown).bind(on) as NonNullable<ProviderAdapter[M]>;
  };

  beforeAll(async () => {
    sim = await startSimulator(fixture.simulator, { prefix: sandboxPath(fixture.provider), secret: fixture.secret });
  });
  afterAll(() => sim.close());
  // Seed restored and counters zeroed through the simulator's own HTTP route; a fresh adapter so no breaker state carries over.
  beforeEach(async () => {
    const res = await fetch(`${sim.baseUrl}/__control/reset`, { method: "POST" });
    if (res.status !== 204) throw new Error(`simulator reset answered HTTP ${res.status}`);
    adapter = make();
  });

  /** A global id of the form `<provider>:<type>:<nativeId>`, of this provider, whose native part is `providerId`. */
  const expectIdentity = (entity: { id: string; provider: Provider; providerId: string }, type?: string) => {
    expect(entity.provider).toBe(fixture.provider);
    const parsed = parseId(entity.id, { provider: fixture.provider });
    expect(entity.id).toBe(`${fixture.provider.toLowerCase()}:${parsed.type}:${entity.providerId}`);
    if (type) expect(parsed.type).toBe(type);
  };
  const expectInvite = (value: unknown, id?: GlobalId) => {
    const invite = value as { id: string; provider: Provider; providerId: string; status: InviteStatus; providerStatus?: string | null };
    expect(value).not.toBeInstanceOf(Error);
    expectIdentity(invite);
    if (id) expect(invite.id).toBe(id.id);
    expect(Object.values(InviteStatus)).toContain(invite.status);
    expect(typeof invite.providerStatus).toBe("string");
    expect(invite.providerStatus!.trim()).not.toBe("");
    return invite;
  };
  const expectAssessment = (value: unknown, id?: GlobalId) => {
    const assessment = value as { id: string; provider: Provider; providerId: string; kind: AssessmentKind };
    expect(value).not.toBeInstanceOf(Error);
    expectIdentity(assessment);
    if (id) expect(assessment.id).toBe(id.id);
    expect(Object.values(AssessmentKind)).toContain(assessment.kind);
    return assessment;
  };
  const expectInterview = (value: unknown, id?: GlobalId) => {
    const interview = value as { id: string; provider: Provider; providerId: string; status: InterviewStatus; providerStatus?: string | null };
    expect(value).not.toBeInstanceOf(Error);
    expectIdentity(interview, "interview");
    if (id) expect(interview.id).toBe(id.id);
    expect(Object.values(InterviewStatus)).toContain(interview.status);
    expect(typeof interview.providerStatus).toBe("string");
    expect(interview.providerStatus!.trim()).not.toBe("");
    return interview;
  };
  /** A typed error (HiregraphError) with this code, naming this provider. */
  const expectTyped = (err: unknown, code: ErrorCode, retryable?: boolean) => {
    expect(err).toBeInstanceOf(HiregraphError);
    expect(err).toMatchObject({ code, provider: fixture.provider, ...(retryable === undefined ? {} : { retryable }) });
    return err as HiregraphError & { status?: number };
  };

  // ---------------------------------------------------------------------------------------------------------
  describe("capabilities and methods agree", () => {
    it("is the fixture's provider, in sandbox mode, declaring exactly the documented capabilities once each", () => {
      expect(adapter.provider).toBe(fixture.provider);
      expect(adapter.mode).toBe(ProviderMode.SANDBOX);
      expect(new Set(adapter.capabilities).size).toBe(adapter.capabilities.length);
      expect([...adapter.capabilities].sort()).toEqual([...fixture.capabilities].sort());
    });

    it("has a method behind every capability it declares, and declares a capability for every method it has", () => {
      const methods = methodNames(adapter);
      const known = new Set<string>([...Object.values(CAPABILITY_METHODS).flat(), ...Object.keys(EXTRA_METHODS)]);
      expect(methods.filter((m) => !known.has(m))).toEqual([]);
      for (const capability of adapter.capabilities) {
        expect({ capability, present: CAPABILITY_METHODS[capability].some((m) => typeof adapter[m] === "function") }).toEqual({ capability, present: true });
      }
      for (const m of methods.filter((m): m is Method => !(m in EXTRA_METHODS))) {
        const declaredBy = (Object.keys(CAPABILITY_METHODS) as Capability[]).filter((c) => CAPABILITY_METHODS[c].includes(m) && adapter.capabilities.includes(c));
        expect({ method: m, declaredBy: declaredBy.length > 0 }).toEqual({ method: m, declaredBy: true });
      }
    });

    for (const capability of Object.values(Capability)) {
      const methods = CAPABILITY_METHODS[capability];
      if (declares(capability)) {
        it(`declares ${capability} and has ${methods.join(" or ")}`, () => {
          expect(adapter.capabilities).toContain(capability);
          expect(methods.filter((m) => typeof adapter[m] === "function")).not.toEqual([]);
        });
      } else if (capability === Capability.WITHDRAW_INVITE) {
        it("lacks WITHDRAW_INVITE, and so has neither revokeInvite nor cancelInvite", () => {
          expect(adapter.capabilities).not.toContain(capability);
          expect(adapter.revokeInvite).toBeUndefined();
          expect(adapter.cancelInvite).toBeUndefined();
        });
      } else {
        it(`lacks ${capability}, and has no ${methods.join(" or ")}`, () => {
          expect(adapter.capabilities).not.toContain(capability);
          for (const m of methods) expect({ [m]: adapter[m] }).toEqual({ [m]: undefined });
        });
      }
    }

    it("offers WITHDRAW_INVITE exactly when it can revoke or cancel", () => {
      const canTakeBack = adapter.capabilities.includes(Capability.REVOKE_INVITE) || adapter.capabilities.includes(Capability.CANCEL_INVITE);
      expect(adapter.capabilities.includes(Capability.WITHDRAW_INVITE)).toBe(canTakeBack);
    });

    for (const extra of Object.keys(EXTRA_METHODS) as ExtraMethod[]) {
      const requires = EXTRA_METHODS[extra];
      it(has(extra) ? `has ${extra}${requires ? ` (beside ${requires})` : ""}` : `has no ${extra}`, () => {
        expect(typeof adapter[extra]).toBe(has(extra) ? "function" : "undefined");
        if (has(extra) && requires) expect(adapter.capabilities).toContain(requires);
      });
    }
  });

  // ---------------------------------------------------------------------------------------------------------
  const batchReads = [
    { capability: Capability.READ_INVITE, name: "getInvites", fx: fixture.invites, check: expectInvite },
    { capability: Capability.READ_ASSESSMENT, name: "getAssessments", fx: fixture.assessments, check: expectAssessment },
  ] as const;
  for (const { capability, name, fx: maybeFx, check } of batchReads) {
    if (!declares(capability)) continue;
    const fx = need(maybeFx, name === "getInvites" ? "invites" : "assessments");
    const read = (ids: readonly GlobalId[]) => method(name)(ids) as Promise<unknown[]>;
    const callsMade = () => (fx.route ? calls(fx.route) : stats().total);

    describe(`${name} (${capability})`, () => {
      it("reads each seeded id back with this provider, a global id of the right form, and a known status", async () => {
        const results = await read(fx.seeded);
        expect(results).toHaveLength(fx.seeded.length);
        results.forEach((r, i) => check(r, fx.seeded[i]));
        expect(stats().total).toBe(fx.calls(fx.seeded.length));
      });

      if (fx.unknown) {
        const unknown = fx.unknown;
        it("answers an unknown id with a NOT_FOUND entry, never by throwing", async () => {
          const results = await read([unknown]);
          expect(results).toHaveLength(1);
          expectTyped(results[0], ErrorCode.NOT_FOUND, false);
        });
      } else {
        it("cannot tell an unknown id from a seeded one, because it answers without calling the provider", async () => {
          expect(fx.calls(1)).toBe(0);
          await read(fx.seeded);
          expect(stats().total).toBe(0);
        });
      }

      it("refuses an id of another type in its own entry with INVALID_ID, without sending it", async () => {
        const results = await read([fx.wrongType, fx.seeded[0]]);
        expect(results[0]).toBeInstanceOf(HiregraphError);
        expect(results[0]).toMatchObject({ code: ErrorCode.INVALID_ID });
        check(results[1], fx.seeded[0]);
        expect(stats().total).toBe(fx.calls(1));
      });

      it("returns one entry per id, in the order asked, unknown ones included, with the documented number of calls", async () => {
        const ids = [...fx.seeded].reverse();
        if (fx.unknown) ids.splice(1, 0, fx.unknown);
        const results = await read(ids);
        expect(results).toHaveLength(ids.length);
        results.forEach((r, i) => {
          if (ids[i] === fx.unknown) expectTyped(r, ErrorCode.NOT_FOUND);
          else check(r, ids[i]);
        });
        expect(callsMade()).toBe(fx.calls(ids.length));
        expect(stats().total).toBe(fx.calls(ids.length));
      });

      it("returns an empty batch for no ids, with the documented number of calls", async () => {
        expect(await read([])).toEqual([]);
        expect(stats().total).toBe(fx.calls(0));
      });
    });
  }

  // ---------------------------------------------------------------------------------------------------------
  const lists = [
    { capability: Capability.LIST_INVITES, name: "listInvites", fx: fixture.listInvites, check: expectInvite, readBack: fixture.invites && "getInvites" },
    { capability: Capability.LIST_ASSESSMENTS, name: "listAssessments", fx: fixture.listAssessments, check: expectAssessment, readBack: fixture.assessments && "getAssessments" },
  ] as const;
  for (const { capability, name, fx: maybeFx, check, readBack } of lists) {
    if (!declares(capability)) continue;
    const fx = need(maybeFx, name);
    describe(`${name} (${capability})`, () => {
      it("returns one page as asked, of this provider's objects, with one upstream call, and its items read back by id", async () => {
        const list = method(name) as (args: typeof fx.args) => Promise<{ items: unknown[]; page: number; limit: number; hasNextPage: boolean; total?: number }>;
        const page = await list(fx.args);
        expect(page).toMatchObject({ page: fx.args.page, limit: fx.args.limit, hasNextPage: expect.any(Boolean) });
        expect(page.items.length).toBeGreaterThan(0);
        expect(page.items.length).toBeLessThanOrEqual(fx.args.limit);
        page.items.forEach((item) => check(item));
        expect(stats().byRoute).toEqual({ [fx.route]: 1 });
        if (readBack) {
          const first = page.items[0] as { id: string };
          const [again] = (await method(readBack)([parseId(first.id)])) as unknown[];
          check(again, parseId(first.id));
        }
      });
    });
  }

  if (has("findInviteByExternalId")) {
    const fx = need(fixture.findInviteByExternalId, "findInviteByExternalId");
    describe("findInviteByExternalId", () => {
      it("finds the invite stored under a caller's reference", async () => {
        expectInvite(await method("findInviteByExternalId")(fx.assessment, fx.externalId), fx.expected);
        expect(calls(fx.route)).toBe(1);
      });
      it("resolves null, not an error, for a reference the provider does not have", async () => {
        await expect(method("findInviteByExternalId")(fx.assessment, fx.unknownExternalId)).resolves.toBeNull();
      });
    });
  }

  if (has("replayCallbacks")) {
    const fx = need(fixture.replayCallbacks, "replayCallbacks");
    describe("replayCallbacks", () => {
      it("answers each id asked exactly once, accepted or refused, in one call", async () => {
        const res = await method("replayCallbacks")(fx.ids);
        expect([...res.accepted, ...res.refused].sort()).toEqual(fx.ids.map((id) => id.id).sort());
        expect(stats().byRoute).toEqual({ [fx.route]: 1 });
      });
    });
  }

  // ---------------------------------------------------------------------------------------------------------
  describe("writes", () => {
    if (declares(Capability.CREATE_INVITE)) {
      const fx = need(fixture.createInvite, "createInvite");
      it("createInvite returns this provider's invite, with one write call, and its id reads back (where the provider reads)", async () => {
        const created = expectInvite(await method("createInvite")(fx.request));
        expect(calls(fx.route)).toBe(1);
        if (declares(Capability.READ_INVITE)) {
          const [again] = await method("getInvites")([parseId(created.id)]);
          expectInvite(again, parseId(created.id));
        }
        expect(calls(fx.route)).toBe(1);
      });
    }

    for (const [capability, name, maybeFx] of [
      [Capability.REVOKE_INVITE, "revokeInvite", fixture.revokeInvite],
      [Capability.CANCEL_INVITE, "cancelInvite", fixture.cancelInvite],
    ] as const) {
      if (!declares(capability)) continue;
      const fx = need(maybeFx, name);
      const takeBack = (id: GlobalId) => (name === "revokeInvite" ? method("revokeInvite")(id, {}) : method("cancelInvite")(id));
      it(`${name} resolves once the provider confirms, with one write call, and the invite then reads ${fx.after} (where the provider reads)`, async () => {
        await expect(takeBack(fx.id)).resolves.toBeUndefined();
        expect(calls(fx.route)).toBe(1);
        if (declares(Capability.READ_INVITE)) {
          const [after] = await method("getInvites")([fx.id]);
          expect(expectInvite(after, fx.id).status).toBe(fx.after);
        }
      });
      it(`${name} of an unknown invite fails with a typed NOT_FOUND`, async () => {
        expectTyped(await settle(takeBack(fx.unknown)), ErrorCode.NOT_FOUND, false);
      });
    }

    if (declares(Capability.CREATE_INTERVIEW)) {
      const fx = need(fixture.createInterview, "createInterview");
      it("createInterview returns this provider's interview, with one write call, and its id is accepted back by the provider", async () => {
        const created = expectInterview(await method("createInterview")(fx.fields));
        expect(calls(fx.route)).toBe(1);
        if (declares(Capability.UPDATE_INTERVIEW)) {
          // No read endpoint may exist (DRVN): an update by the new id is how the provider shows it knows it.
          const fields = need(fixture.updateInterview, "updateInterview").fields;
          expectInterview(await method("updateInterview")(parseId(created.id), fields), parseId(created.id));
        }
      });
    }

    if (declares(Capability.UPDATE_INTERVIEW)) {
      const fx = need(fixture.updateInterview, "updateInterview");
      it("updateInterview returns the same interview with the fields changed, with one write call", async () => {
        const updated = expectInterview(await method("updateInterview")(fx.id, fx.fields), fx.id) as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(fx.fields)) if (key in updated) expect({ [key]: updated[key] }).toEqual({ [key]: value });
        expect(stats().byRoute).toEqual({ [fx.route]: 1 });
      });
      it("updateInterview of an unknown interview fails with a typed NOT_FOUND", async () => {
        expectTyped(await settle(method("updateInterview")(fx.unknown, fx.fields)), ErrorCode.NOT_FOUND, false);
      });
    }
  });

  // ---------------------------------------------------------------------------------------------------------
  const probes: Probe[] = [];
  if (declares(Capability.READ_INVITE) && fixture.invites!.calls(1) > 0) {
    const fx = fixture.invites!;
    probes.push({ name: "getInvites", write: false, route: need(fx.route, "invites.route"), run: (a) => firstOf(method("getInvites", a)([fx.seeded[0]])) });
  }
  if (declares(Capability.READ_ASSESSMENT) && fixture.assessments!.calls(1) > 0) {
    const fx = fixture.assessments!;
    probes.push({ name: "getAssessments", write: false, route: need(fx.route, "assessments.route"), run: (a) => firstOf(method("getAssessments", a)([fx.seeded[0]])) });
  }
  if (declares(Capability.LIST_INVITES)) {
    const fx = fixture.listInvites!;
    probes.push({ name: "listInvites", write: false, route: fx.route, run: (a) => settle(method("listInvites", a)(fx.args)) });
  }
  if (declares(Capability.LIST_ASSESSMENTS)) {
    const fx = fixture.listAssessments!;
    probes.push({ name: "listAssessments", write: false, route: fx.route, run: (a) => settle(method("listAssessments", a)(fx.args)) });
  }
  if (has("findInviteByExternalId")) {
    const fx = fixture.findInviteByExternalId!;
    probes.push({ name: "findInviteByExternalId", write: false, route: fx.route, run: (a) => settle(method("findInviteByExternalId", a)(fx.assessment, fx.externalId)) });
  }
  if (declares(Capability.CREATE_INVITE)) {
    const fx = fixture.createInvite!;
    probes.push({ name: "createInvite", write: true, route: fx.route, run: (a) => settle(method("createInvite", a)(fx.request)) });
  }
  if (declares(Capability.REVOKE_INVITE)) {
    const fx = fixture.revokeInvite!;
    probes.push({ name: "revokeInvite", write: true, route: fx.route, run: (a) => settle(method("revokeInvite", a)(fx.id, {})) });
  }
  if (declares(Capability.CANCEL_INVITE)) {
    const fx = fixture.cancelInvite!;
    probes.push({ name: "cancelInvite", write: true, route: fx.route, run: (a) => settle(method("cancelInvite", a)(fx.id)) });
  }
  if (declares(Capability.CREATE_INTERVIEW)) {
    const fx = fixture.createInterview!;
    probes.push({ name: "createInterview", write: true, route: fx.route, run: (a) => settle(method("createInterview", a)(fx.fields)) });
  }
  if (declares(Capability.UPDATE_INTERVIEW)) {
    const fx = fixture.updateInterview!;
    probes.push({ name: "updateInterview", write: true, route: fx.route, run: (a) => settle(method("updateInterview", a)(fx.id, fx.fields)) });
  }

  describe("upstream failures surface as typed errors with the contract's code", () => {
    it("has at least one operation that calls the provider", () => {
      expect(probes.length).toBeGreaterThan(0);
    });

    const faults = [
      { label: "a 503", rule: { status: 503 }, code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true, httpStatus: 503 },
      { label: "a 500", rule: { status: 500 }, code: ErrorCode.PROVIDER_UNAVAILABLE, retryable: true, httpStatus: 500 },
      { label: "a 401", rule: { status: 401 }, code: ErrorCode.PROVIDER_AUTH_FAILED, retryable: false, httpStatus: 401 },
      { label: "a 429 with Retry-After: 7", rule: { status: 429, retryAfter: "7" }, code: ErrorCode.RATE_LIMITED, retryable: true, httpStatus: 429, retryAfterSeconds: 7 },
    ];
    for (const probe of probes) {
      for (const f of faults) {
        it(`${probe.name}: ${f.label} is ${f.code} (retryable: ${f.retryable}), after exactly one call`, async () => {
          fault(f.rule);
          const err = expectTyped(await probe.run(adapter), f.code, f.retryable);
          expect(err.status).toBe(f.httpStatus);
          if (f.retryAfterSeconds !== undefined) expect(err.retryAfterSeconds).toBe(f.retryAfterSeconds);
          expect(stats().total).toBe(1);
          expect(calls(probe.route)).toBe(1);
        });
      }
    }

    if (probes.length > 0) {
      const [first] = probes;
      it(`${first.name}: a wrong credential is PROVIDER_AUTH_FAILED, not retryable, and the secret stays out of the message`, async () => {
        const wrong = `${fixture.secret}-wrong`;
        const err = expectTyped(await first.run(make({ secret: wrong })), ErrorCode.PROVIDER_AUTH_FAILED, false);
        expect(err.message).not.toContain(wrong);
        expect(stats().total).toBe(1);
      });
    }
  });

  describe("retries: reads may be retried when configured, writes never", () => {
    const retrying = () => make({ resilience: { readRetries: 2, baseDelayMs: 1 } });
    for (const probe of probes) {
      if (!probe.write) {
        it(`${probe.name}: a 503 once is retried and succeeds, after exactly two calls`, async () => {
          fault({ status: 503, times: 1 });
          const result = await probe.run(retrying());
          expect(result).not.toBeInstanceOf(Error);
          expect(calls(probe.route)).toBe(2);
        });
        continue;
      }
      it(`${probe.name}: a 503 is not retried, even with read retries configured`, async () => {
        fault({ status: 503 });
        expectTyped(await probe.run(retrying()), ErrorCode.PROVIDER_UNAVAILABLE, true);
        expect(calls(probe.route)).toBe(1);
      });
      it(`${probe.name}: a lost answer (applied, then the socket dropped) is OUTCOME_UNKNOWN and not retried`, async () => {
        fault({ match: `${probe.route.split(" ")[0]} `, dropAfterHandling: true });
        expectTyped(await probe.run(retrying()), ErrorCode.OUTCOME_UNKNOWN);
        expect(calls(probe.route)).toBe(1);
      });
      it(`${probe.name}: an answer that is not JSON is OUTCOME_UNKNOWN and not retried`, async () => {
        fault({ match: `${probe.route.split(" ")[0]} `, malformed: true });
        expectTyped(await probe.run(retrying()), ErrorCode.OUTCOME_UNKNOWN);
        expect(calls(probe.route)).toBe(1);
      });
    }
  });
}
