import type { Provider } from "../domain/enums";

/**
 * Outbound request budget per provider (token bucket), so hiregraph slows itself down instead of being throttled
 * upstream (AlfaOne documents 100 requests/min on its standard tier). A call waits for a token up to `maxWaitMs`;
 * beyond that it is refused at once with the seconds until one frees up.
 */
export interface RateLimiter {
  /** Takes a token now, or returns how many milliseconds until one is available (0 means taken). */
  take(): number | Promise<number>;
}

/**
 * Builds the limiter for one provider's budget, or with `callerDigest` for one caller's share of it; the default is
 * a TokenBucket per process.
 */
export type RateLimiterFactory = (provider: Provider, perMinute: number, callerDigest?: string) => RateLimiter;

export class TokenBucket implements RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    /** Requests allowed per minute (also the burst size). */
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = perMinute;
    this.last = now();
  }

  /** Takes a token now, or returns how many milliseconds until one is available (0 means taken). */
  take(): number {
    const t = this.now();
    this.tokens = Math.min(this.perMinute, this.tokens + ((t - this.last) * this.perMinute) / 60_000);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) * 60_000) / this.perMinute);
  }
}
