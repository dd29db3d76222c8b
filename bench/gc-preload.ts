/**
 * Preloaded into the benchmarked server (`node --expose-gc --require gc-preload.js dist/src/main.js`).
 * Heap readings taken at arbitrary moments differ by tens of percent depending on where the collector is in
 * its cycle; collecting on SIGUSR2 just before each reading makes "memory growth" measure retained data.
 */
const gc = (globalThis as { gc?: () => void }).gc;
// Twice: objects kept alive by finalizers or weak references of the first pass go in the second.
if (gc) process.on("SIGUSR2", () => (gc(), gc()));

export {};
