import { ErrorCode } from "../../src/domain/enums";
import { createBulkhead, type Bulkhead } from "../../src/providers/bulkhead";

const closedBreaker = { isOpen: () => false, onBreak: () => undefined };
const refusals = { expired: () => new Error("expired"), open: () => new Error("open") };
const farDeadline = () => performance.now() + 60_000;
const codeError = (code: ErrorCode) => Object.assign(new Error(code), { code });

/** A call whose answer the test gives when it wants, to count what is in flight at each moment. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

/** Sends `n` calls through the bulkhead that each fail with `code` at once, one after another. */
async function failMany(b: Bulkhead, n: number, code: ErrorCode): Promise<void> {
  for (let i = 0; i < n; i++) await b.run(farDeadline(), () => Promise.reject(codeError(code))).catch(() => undefined);
}

describe("the bulkhead's adaptive limit", () => {
  it("starts at the maximum: 50 calls to a healthy provider are all in flight at once", async () => {
    const b = createBulkhead(256, closedBreaker, refusals);
    const g = gate();
    let inFlight = 0;
    let most = 0;
    const calls = Array.from({ length: 50 }, () =>
      b.run(farDeadline(), async () => {
        most = Math.max(most, ++inFlight);
        await g.opened;
        inFlight -= 1;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(b.active()).toBe(50);
    g.open();
    await Promise.all(calls);
    expect(most).toBe(50);
    expect(b.active()).toBe(0);
  });

  it("never lets more than the maximum through, however well the provider answers", async () => {
    const b = createBulkhead(3, closedBreaker, refusals);
    let inFlight = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 30 }, () =>
        b.run(farDeadline(), async () => {
          most = Math.max(most, ++inFlight);
          await new Promise((r) => setImmediate(r));
          inFlight -= 1;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(b.limit()).toBe(3);
  });

  it.each([ErrorCode.RATE_LIMITED, ErrorCode.PROVIDER_UNAVAILABLE, ErrorCode.OUTCOME_UNKNOWN])("shrinks on each %s answer, down to one call at a time", async (code) => {
    const b = createBulkhead(256, closedBreaker, refusals);
    await failMany(b, 1, code);
    expect(b.limit()).toBe(230); // 256 × 0.9
    await failMany(b, 60, code);
    expect(b.limit()).toBe(1);
  });

  it("does not shrink for a call that timed out after spending most of its time waiting in line, but does for a 5xx answer", async () => {
    const b = createBulkhead(4, closedBreaker, refusals);
    const lateCall = async (failure: Error) => {
      const g = gate();
      const holders = Array.from({ length: 4 }, () => b.run(farDeadline(), () => g.opened));
      // Queued with 300 ms to go behind four calls that take 200 ms: sent with about 100 ms left, then it fails.
      const late = b.run(performance.now() + 300, () => Promise.reject(failure)).catch((e: Error) => e);
      setTimeout(g.open, 200);
      await Promise.all(holders);
      return late;
    };
    expect(await lateCall(codeError(ErrorCode.PROVIDER_UNAVAILABLE))).toHaveProperty("code", ErrorCode.PROVIDER_UNAVAILABLE);
    expect(b.limit()).toBe(4);
    await lateCall(Object.assign(codeError(ErrorCode.PROVIDER_UNAVAILABLE), { status: 503 }));
    expect(b.limit()).toBe(3);
  });

  it("does not shrink on answers that are not overload (not found, rejected)", async () => {
    const b = createBulkhead(256, closedBreaker, refusals);
    await failMany(b, 30, ErrorCode.NOT_FOUND);
    await failMany(b, 30, ErrorCode.PROVIDER_REJECTED);
    expect(b.limit()).toBe(256);
  });

  it("queues what is over the shrunk limit, then grows back while the provider answers in time", async () => {
    const b = createBulkhead(64, closedBreaker, refusals);
    await failMany(b, 60, ErrorCode.RATE_LIMITED);
    expect(b.limit()).toBe(1);
    let inFlight = 0;
    const peaks: number[] = [];
    // Rounds of 64 quick calls: the first runs one at a time to start with, and each success in time adds a slot.
    // A loaded machine can make some answers look slow (no slot added for them), so it may take more rounds; at most
    // 20, then one more at the full limit.
    for (let round = 0; round < 20 && (peaks.length < 2 || peaks[peaks.length - 1] < 64); round++) {
      let most = 0;
      await Promise.all(
        Array.from({ length: 64 }, () =>
          b.run(farDeadline(), async () => {
            most = Math.max(most, ++inFlight);
            await new Promise((r) => setImmediate(r));
            inFlight -= 1;
          }),
        ),
      );
      peaks.push(most);
    }
    expect(peaks[0]).toBeLessThan(64);
    expect(b.limit()).toBe(64);
    expect(peaks[peaks.length - 1]).toBe(64);
  });

  it("does not grow while latency does not hold (answers much slower than the recent shortest)", async () => {
    const b = createBulkhead(64, closedBreaker, refusals);
    // Quick answers set the baseline, then overload takes the limit down.
    for (let i = 0; i < 20; i++) await b.run(farDeadline(), () => Promise.resolve());
    await failMany(b, 60, ErrorCode.RATE_LIMITED);
    expect(b.limit()).toBe(1);
    // 6 slow calls (each 250 ms, far past 2× the baseline + 10 ms), sent together so the limit is in use.
    await Promise.all(Array.from({ length: 6 }, () => b.run(farDeadline(), () => new Promise((r) => setTimeout(r, 250)))));
    expect(b.limit()).toBe(1);
  });

  it("still refuses queued calls at their deadline without sending them", async () => {
    const b = createBulkhead(1, closedBreaker, refusals);
    const g = gate();
    let sent = 0;
    const first = b.run(farDeadline(), async () => {
      sent += 1;
      await g.opened;
    });
    const queued = b.run(performance.now() + 100, async () => void (sent += 1));
    await expect(queued).rejects.toThrow("expired");
    g.open();
    await first;
    expect(sent).toBe(1);
    // The refused call's place in line is not kept: the next call is sent at once.
    await b.run(farDeadline(), async () => void (sent += 1));
    expect(sent).toBe(2);
  });
});
