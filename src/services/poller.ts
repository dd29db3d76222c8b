import { EventOrigin, ProviderMode, type Provider } from "../domain/enums";
import { parseId } from "../providers/ids";
import type { ProviderRegistry } from "../providers/registry";
import type { LeasedInvite } from "../record/record-store";
import type { ProviderInvite } from "../domain/entities";
import type { Recorder } from "./recorder";

export interface PollerOptions {
  intervalMs: number;
  /** Share of a rate-limited provider's per-minute budget one round may use, in percent. */
  budgetPercent: number;
  /** Outbound budget per provider (requests per minute), where one applies. */
  rateLimits: Partial<Record<Provider, number>>;
  onRead?: (provider: Provider, outcome: "ok" | "error") => void;
  /** Seconds the most overdue invite of the round had waited. */
  onLag?: (seconds: number) => void;
  onError?: (err: unknown) => void;
}

/** Without a provider budget, one round reads at most this many invites of that provider. */
const UNLIMITED_ROUND = 100;
/** A failing invite is retried later and later, up to this. */
const MAX_BACKOFF_MS = 3_600_000;

/**
 * Change detection where providers do not call back: every `intervalMs`, recorded invites that are not final and
 * whose state is older than the interval are read again; a new status becomes an event with origin POLL. Each round
 * takes at most `budgetPercent` of a rate-limited provider's budget (AlfaOne: 20 of its 100/min by default), so user
 * requests keep the rest; the poller's reads go through the same client and budget as theirs. Failed reads back off
 * exponentially per invite. Instances sharing a record split the work through row leases.
 */
export class Poller {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly registry: ProviderRegistry,
    private readonly recorder: Recorder,
    private readonly opts: PollerOptions,
  ) {}

  start(): void {
    if (this.opts.intervalMs <= 0) return;
    const tick = () => {
      this.running = this.runOnce()
        .catch((err) => this.opts.onError?.(err))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.opts.intervalMs).unref();
        });
    };
    this.timer = setTimeout(tick, this.opts.intervalMs).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One round: lease due invites per provider within its share of the budget, read them, record what changed. */
  async runOnce(): Promise<void> {
    await Promise.all(
      [...this.registry.values()]
        .filter((a) => a.mode !== ProviderMode.DISABLED && a.getInvites)
        .map(async (adapter) => {
          const leased = await this.recorder.store.leaseDue([adapter.provider], this.roundSize(adapter.provider), this.leaseMs());
          if (leased.length === 0) return;
          this.opts.onLag?.(Math.max(0, (Date.now() - Math.min(...leased.map((l) => l.dueSince.getTime()))) / 1000));
          await this.poll(adapter.provider, leased);
        }),
    );
  }

  private roundSize(provider: Provider): number {
    const perMinute = this.opts.rateLimits[provider];
    if (!perMinute) return UNLIMITED_ROUND;
    return Math.max(1, Math.floor((perMinute * this.opts.budgetPercent * Math.max(this.opts.intervalMs, 1000)) / 100 / 60_000));
  }

  /** Long enough for a round's reads (with their retries) to finish before another instance may take the invite. */
  private leaseMs(): number {
    return Math.max(this.opts.intervalMs, 60_000);
  }

  private async poll(provider: Provider, leased: LeasedInvite[]): Promise<void> {
    const adapter = this.registry.get(provider)!;
    const results = await adapter.getInvites!(leased.map((l) => parseId(l.id))).catch((err: Error) => leased.map(() => err));
    const found: ProviderInvite[] = [];
    for (const [i, result] of results.entries()) {
      if (result instanceof Error) {
        this.opts.onRead?.(provider, "error");
        const backoff = Math.min(this.opts.intervalMs * 2 ** (leased[i].failures + 1), MAX_BACKOFF_MS);
        await this.recorder.store.pollFailed(leased[i].id, new Date(Date.now() + backoff));
      } else {
        this.opts.onRead?.(provider, "ok");
        found.push(result);
      }
    }
    const fetchedAt = new Date();
    if (found.length) await this.recorder.observe(found.map((invite) => ({ invite, fetchedAt, origin: EventOrigin.POLL })));
  }
}
