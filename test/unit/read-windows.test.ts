import { ReadWindows } from "../../src/services/read-windows";

/** A batch read that records the keys of each call and answers `value:<key>`, or an error for keys starting with "bad". */
function recordingRead() {
  const calls: string[][] = [];
  const read = async (keys: readonly string[]) => {
    calls.push([...keys]);
    return keys.map((k) => (k.startsWith("bad") ? new Error(`cannot read ${k}`) : `value:${k}`));
  };
  return { calls, read };
}

const nextTurn = () => new Promise((r) => setImmediate(r));

/** Starts a read of `warm` for `share`: with `busyFrom: 1`, that makes the caller busy, so its next reads this turn share a window. */
const busy = (windows: ReadWindows<string>, share = "svc") => windows.read(share, [`warm-${share}`]);
const BUSY_FROM_ONE = { busyFrom: 1 };

describe("ReadWindows", () => {
  it("reads at once for a caller with nothing under way", () => {
    const { calls, read } = recordingRead();
    void new ReadWindows(read).read("svc", ["x"]);
    expect(calls).toEqual([["x"]]);
  });

  it("by default counts a caller busy from four reads waiting", async () => {
    const { calls, read } = recordingRead();
    const windows = new ReadWindows(read);
    const answers = ["a", "b", "c", "d", "e", "f"].map((key) => windows.read("svc", [key]));
    // The first four were sent as they came; the fifth found four waiting and opened a window, which the sixth joined.
    expect(calls).toEqual([["a"], ["b"], ["c"], ["d"]]);
    await Promise.all(answers);
    expect(calls).toEqual([["a"], ["b"], ["c"], ["d"], ["e", "f"]]);
  });

  it("reads the distinct keys a busy caller asks in one turn once, and answers each asker in its own key order", async () => {
    const { calls, read } = recordingRead();
    const windows = new ReadWindows(read, BUSY_FROM_ONE);
    void busy(windows);
    const [a, b] = await Promise.all([windows.read("svc", ["x", "y"]), windows.read("svc", ["y", "z", "x"])]);
    expect(a).toEqual(["value:x", "value:y"]);
    expect(b).toEqual(["value:y", "value:z", "value:x"]);
    expect(calls).toEqual([["warm-svc"], ["x", "y", "z"]]);
  });

  it("opens a new window for a key asked once the last one was sent", async () => {
    const { calls, read } = recordingRead();
    const windows = new ReadWindows(read, BUSY_FROM_ONE);
    void busy(windows);
    const first = windows.read("svc", ["x"]);
    await nextTurn();
    void busy(windows);
    const second = windows.read("svc", ["x"]);
    expect(await Promise.all([first, second])).toEqual([["value:x"], ["value:x"]]);
    expect(calls).toEqual([["warm-svc"], ["x"], ["warm-svc"], ["x"]]);
  });

  it("keeps callers apart", async () => {
    const { calls, read } = recordingRead();
    const windows = new ReadWindows(read, BUSY_FROM_ONE);
    void busy(windows, "ats");
    void busy(windows, "crm");
    await Promise.all([windows.read("ats", ["x"]), windows.read("crm", ["x"])]);
    expect(calls).toEqual([["warm-ats"], ["warm-crm"], ["x"], ["x"]]);
  });

  it("hands a key's error to everyone who asked for it, and only to them", async () => {
    const { read } = recordingRead();
    const windows = new ReadWindows(read, BUSY_FROM_ONE);
    void busy(windows);
    const [a, b] = await Promise.all([windows.read("svc", ["bad-1", "x"]), windows.read("svc", ["bad-1"])]);
    expect(a[0]).toBeInstanceOf(Error);
    expect(a[1]).toBe("value:x");
    expect(b[0]).toBe(a[0]);
  });

  it("gives every key of a batch that throws the thrown error", async () => {
    const boom = new Error("store down");
    const windows = new ReadWindows<string>(async () => Promise.reject(boom));
    expect(await windows.read("svc", ["x", "y"])).toEqual([boom, boom]);
  });

  it("splits a window larger than the batch limit into batches of at most that many keys", async () => {
    const { calls, read } = recordingRead();
    const windows = new ReadWindows(read, { ...BUSY_FROM_ONE, maxBatch: 2 });
    void busy(windows);
    const [a, b] = await Promise.all([windows.read("svc", ["k1", "k2", "k3"]), windows.read("svc", ["k4", "k5"])]);
    expect([...a, ...b]).toEqual(["value:k1", "value:k2", "value:k3", "value:k4", "value:k5"]);
    expect(calls).toEqual([["warm-svc"], ["k1", "k2"], ["k3", "k4"], ["k5"]]);
  });

  it("counts a caller idle again once its reads are answered", async () => {
    const { calls, read } = recordingRead();
    const windows = new ReadWindows(read, BUSY_FROM_ONE);
    await busy(windows);
    await nextTurn();
    void windows.read("svc", ["x"]);
    expect(calls).toEqual([["warm-svc"], ["x"]]);
  });
});
