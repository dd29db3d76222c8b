import { HiregraphError, InputError } from "../domain/errors";
import { type GlobalId } from "../domain/ids";
import { parseId } from "../providers/ids";
import type { Provider } from "../domain/enums";

/** Every problem found in one input, so a caller fixes them all in one round trip. */
export class InputErrors extends Error {
  constructor(readonly errors: HiregraphError[]) {
    super(errors.map((e) => e.message).join("; "));
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

// Pragmatic address check: one @, no spaces, a dot in the domain. RFC 5322 in full accepts things providers reject.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const LIMITS = { name: 200, email: 254, externalId: 255, idempotencyKey: 255, location: 500, url: 2048 } as const;

/** Collects input problems; `done()` throws them together. All checks run before any upstream call. */
export class InputCheck {
  private readonly errors: HiregraphError[] = [];

  add(err: HiregraphError): void {
    this.errors.push(err);
  }

  id(value: string, field: string[], expected: { provider?: Provider; types: readonly string[] }): GlobalId | undefined {
    try {
      return parseId(value, expected);
    } catch (err) {
      if (!(err instanceof HiregraphError)) throw err;
      this.errors.push(new HiregraphError(err.code, err.message, { field }));
      return undefined;
    }
  }

  text(value: string | undefined | null, field: string[], max: number, opts: { required?: boolean } = {}): void {
    if (value === undefined || value === null) {
      if (opts.required) this.errors.push(new InputError(field, `${field.join(".")} is required`));
      return;
    }
    if (value.trim() === "") this.errors.push(new InputError(field, `${field.join(".")} must not be blank`));
    else if (value.length > max) this.errors.push(new InputError(field, `${field.join(".")} must be at most ${max} characters (got ${value.length})`));
  }

  email(value: string, field: string[]): void {
    this.text(value, field, LIMITS.email, { required: true });
    if (value.length <= LIMITS.email && value.trim() !== "" && !EMAIL.test(value)) {
      this.errors.push(new InputError(field, `${field.join(".")} is not a valid email address`));
    }
  }

  url(value: string | undefined, field: string[]): void {
    if (value === undefined) return;
    let ok = false;
    try {
      const u = new URL(value);
      ok = u.protocol === "https:" || u.protocol === "http:";
    } catch {
      ok = false;
    }
    if (!ok || value.length > LIMITS.url) this.errors.push(new InputError(field, `${field.join(".")} must be an absolute http(s) URL`));
  }

  positiveInt(value: number | undefined, field: string[], max = 1000): void {
    if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > max)) {
      this.errors.push(new InputError(field, `${field.join(".")} must be a whole number from 1 to ${max}`));
    }
  }

  order(start: Date | undefined, end: Date | undefined, endField: string[], startName: string): void {
    if (start && end && end.getTime() <= start.getTime()) {
      this.errors.push(new InputError(endField, `${endField.join(".")} must be after ${startName}`));
    }
  }

  idempotencyKey(value: string | undefined): void {
    this.text(value, ["idempotencyKey"], LIMITS.idempotencyKey);
  }

  done(): void {
    if (this.errors.length) throw new InputErrors(this.errors);
  }
}
