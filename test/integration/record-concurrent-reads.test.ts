import { Provider } from "../../src/domain/enums";
import { startApp, type TestApp } from "../helpers/app";
import { IDS } from "../helpers/seeds";

const READ = `query($id: ID!) { invite(id: $id) { id status source } }`;

describe("concurrent reads of one invite", () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it("write its state to the record once, not once per read, with one event", async () => {
    // A store under load: each write takes 50 ms to begin, as when transactions queue behind one another.
    const store = t.record.store;
    const original = store.observeInvites.bind(store);
    const observe = jest.spyOn(store, "observeInvites").mockImplementation(async (observations) => {
      await new Promise((r) => setTimeout(r, 50));
      return original(observations);
    });
    // All 20 reads are at the provider together, so each answer comes while the first write is still under way.
    t.sim(Provider.IMOCHA).setFaults([{ latencyMs: 100 }]);
    const answers = await Promise.all(Array.from({ length: 20 }, () => t.gql(READ, { id: IDS.imocha.inProgress })));
    for (const a of answers) expect(a.data!.invite).toMatchObject({ id: IDS.imocha.inProgress, status: "STARTED", source: "PROVIDER" });
    expect(t.upstreamCalls().IMOCHA).toBe(20);
    const written = observe.mock.calls.flatMap(([observations]) => observations).filter((o) => o.invite.id === IDS.imocha.inProgress);
    expect(written).toHaveLength(1);
    const { events } = await t.record.store.listEvents({ inviteIds: [IDS.imocha.inProgress] }, undefined, 10);
    expect(events.map((e) => [e.previousStatus, e.status, e.origin])).toEqual([[null, "STARTED", "READ"]]);
    observe.mockRestore();
  });
});
