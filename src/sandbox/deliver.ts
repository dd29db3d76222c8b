/**
 * How the simulators call back, the way their providers do: a JSON POST to the registered URL, retried on failure
 * (iMocha documents 5 consecutive attempts, then it stops). Runs in the background: an advance does not wait for it.
 */
export interface Delivery {
  /** Resolves with the last HTTP status (or 0 when nothing answered) once the delivery succeeded or gave up. */
  readonly done: Promise<number>;
}

const ATTEMPTS = 5;

export function deliver(url: string, body: unknown, opts: { attempts?: number; retryDelayMs?: number } = {}): Delivery {
  const attempts = opts.attempts ?? ATTEMPTS;
  const done = (async () => {
    let status = 0;
    for (let i = 0; i < attempts; i++) {
      try {
        const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000) });
        status = res.status;
        await res.arrayBuffer();
        if (res.ok) return status;
      } catch {
        status = 0;
      }
      await new Promise((r) => setTimeout(r, (opts.retryDelayMs ?? 200) * (i + 1)));
    }
    return status;
  })();
  return { done };
}
