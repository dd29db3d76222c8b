import { GroupCommit } from "../../src/services/group-commit";

const tick = () => new Promise((r) => setImmediate(r));

describe("GroupCommit", () => {
  it("writes what arrives during a group in the next group, and answers each submission with its own result", async () => {
    const groups: number[][] = [];
    const commit = new GroupCommit<number, string>(
      async (items) => {
        groups.push(items);
        await tick();
        return items.map((i) => `ok-${i}`);
      },
      async () => {
        throw new Error("not used");
      },
    );
    const first = Array.from({ length: 20 }, (_, i) => commit.submit(i));
    await tick(); // the first group is being written
    const later = Array.from({ length: 5 }, (_, i) => commit.submit(100 + i));
    const answers = await Promise.all([...first, ...later]);
    expect(answers).toEqual([...Array.from({ length: 20 }, (_, i) => `ok-${i}`), ...Array.from({ length: 5 }, (_, i) => `ok-${100 + i}`)]);
    expect(groups.map((g) => g.length)).toEqual([20, 5]);
  });

  it("keeps groups within the limit", async () => {
    const sizes: number[] = [];
    const commit = new GroupCommit<number, number>(async (items) => (sizes.push(items.length), items), async (i) => i, 8);
    await Promise.all(Array.from({ length: 30 }, (_, i) => commit.submit(i)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(30);
  });

  it("after a failed group, writes its items one by one, so only the bad one fails", async () => {
    const one: number[] = [];
    const commit = new GroupCommit<number, number>(
      async () => {
        throw new Error("group failed");
      },
      async (i) => {
        one.push(i);
        if (i === 3) throw new Error("bad item");
        return i * 10;
      },
    );
    const settled = await Promise.allSettled([1, 2, 3, 4].map((i) => commit.submit(i)));
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : "rejected"))).toEqual([10, 20, "rejected", 40]);
    expect(one.sort()).toEqual([1, 2, 3, 4]);
  });
});
