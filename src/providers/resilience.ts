import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
  type IPolicy,
} from "cockatiel";
import { ErrorCode, type Provider, PROVIDER_NAMES } from "../domain/enums";
import { ProviderError, ProviderUnavailableError } from "./errors";

/** Retry and circuit-breaker settings for one provider. */
export interface ResilienceOptions {
  /** Extra attempts for a failed read (writes are never retried). @default 0 */
  readRetries?: number;
  /** First backoff delay; doubles per attempt, with jitter. @default 100 */
  baseDelayMs?: number;
  /** Longest `Retry-After` honoured by waiting; longer ones are returned to the caller as RATE_LIMITED. @default 2000 */
  maxRetryAfterMs?: number;
  /** Consecutive failures (timeouts, 5xx) that open the breaker. @default 5 */
  breakerThreshold?: number;
  /** How long the breaker stays open before one trial call. @default 10000 */
  breakerHalfOpenAfterMs?: number;
  /** Told of every breaker transition (for the breaker gauge and `/ready`). */
  onBreakerStateChange?: (state: BreakerState) => void;
}

/** A circuit breaker's state: `half-open` lets one trial call through after the cool-down. */
export type BreakerState = "closed" | "half-open" | "open";

const BREAKER_STATES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: "closed",
  [CircuitState.HalfOpen]: "half-open",
  [CircuitState.Open]: "open",
  // Isolated is cockatiel's manual hold-open; hiregraph never isolates, but it is open all the same.
  [CircuitState.Isolated]: "open",
};

/** Whether a failed read is worth sending again. */
export function isRetryableRead(err: unknown, maxRetryAfterMs: number): boolean {
  if (!(err instanceof ProviderError) || !err.retryable) return false;
  if (err.code === ErrorCode.OUTCOME_UNKNOWN) return false;
  return err.retryAfterSeconds === undefined || err.retryAfterSeconds * 1000 <= maxRetryAfterMs;
}

/** Exponential backoff with jitter, except that a provider's `Retry-After` wins when it sent one. */
class RetryAfterBackoff implements IBackoffFactory<IRetryBackoffContext<unknown>> {
  constructor(private readonly exp: IBackoffFactory<unknown>) {}
  next(context: IRetryBackoffContext<unknown>): IBackoff<IRetryBackoffContext<unknown>> {
    const expNext = this.exp.next(context);
    const failure = "error" in context.result ? context.result.error : undefined;
    const hinted = failure instanceof ProviderError && failure.retryAfterSeconds !== undefined ? failure.retryAfterSeconds * 1000 : undefined;
    return { duration: hinted ?? expNext.duration, next: (c) => new RetryAfterBackoff(expNext).next(c) };
  }
}

export interface Resilience {
  /**
   * Runs a read with retries, all within one budget: no attempt starts after `expiresAt` (a `performance.now()`
   * time), and a retry is made only when time is left for it.
   */
  read<T>(fn: () => Promise<T>, expiresAt: number): Promise<T>;
  write<T>(fn: () => Promise<T>): Promise<T>;
  isOpen(): boolean;
  /** Registers a listener called each time the breaker opens. */
  onBreak(listener: () => void): void;
  /** The error a call gets while the breaker is open. */
  openError(): ProviderError;
}

/** Whether a failed read may be sent again before its deadline, counting the wait a `Retry-After` asks for. */
function timeLeftFor(err: unknown, expiresAt: number): boolean {
  const wait = err instanceof ProviderError && err.retryAfterSeconds !== undefined ? err.retryAfterSeconds * 1000 : 0;
  return expiresAt - performance.now() > wait + MIN_ATTEMPT_MS;
}

/** Below this much time left, another attempt could not get an answer anyway. */
const MIN_ATTEMPT_MS = 50;

/**
 * Per-provider policies: reads retry transient failures with backoff; every call goes through a circuit breaker
 * that opens after consecutive outages, so a dead provider fails fast (PROVIDER_UNAVAILABLE, retryable) while
 * other providers keep answering.
 */
export function createResilience(provider: Provider, opts: ResilienceOptions = {}): Resilience {
  const maxRetryAfterMs = opts.maxRetryAfterMs ?? 2000;
  const halfOpenAfter = opts.breakerHalfOpenAfterMs ?? 10_000;
  const outage = handleWhen((err) => err instanceof ProviderError && (err.code === ErrorCode.PROVIDER_UNAVAILABLE || err.code === ErrorCode.OUTCOME_UNKNOWN));
  const breaker = circuitBreaker(outage, { halfOpenAfter, breaker: new ConsecutiveBreaker(opts.breakerThreshold ?? 5) });
  const onChange = opts.onBreakerStateChange;
  if (onChange) breaker.onStateChange((state) => onChange(BREAKER_STATES[state]));
  // Built per read, because whether to retry depends on that read's deadline.
  const readPolicy = (expiresAt: number): IPolicy =>
    (opts.readRetries ?? 0) > 0
      ? wrap(
          retry(handleWhen((err) => isRetryableRead(err, maxRetryAfterMs) && timeLeftFor(err, expiresAt)), {
            maxAttempts: opts.readRetries,
            backoff: new RetryAfterBackoff(new ExponentialBackoff({ initialDelay: opts.baseDelayMs ?? 100, maxDelay: maxRetryAfterMs })),
          }),
          breaker,
        )
      : breaker;

  const open = () =>
    new ProviderUnavailableError(provider, `${PROVIDER_NAMES[provider]} is failing repeatedly; calls are paused for up to ${Math.ceil(halfOpenAfter / 1000)} s (circuit open)`, {
      retryAfterSeconds: Math.ceil(halfOpenAfter / 1000),
    });
  const run = async <T>(policy: IPolicy, fn: () => Promise<T>): Promise<T> => {
    try {
      return await policy.execute(fn);
    } catch (err) {
      throw err instanceof BrokenCircuitError ? open() : err;
    }
  };
  return {
    read: (fn, expiresAt) => run(readPolicy(expiresAt), fn),
    write: (fn) => run(breaker, fn),
    isOpen: () => breaker.state === CircuitState.Open,
    onBreak: (listener) => void breaker.onBreak(listener),
    openError: open,
  };
}
