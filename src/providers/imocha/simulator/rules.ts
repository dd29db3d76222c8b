/**
 * Validation of the simulator's invite body, per the invite-candidate page (docs/providers/imocha.md, invite body).
 * iMocha's 400 lists messages in `{"errors":[...]}`; the one documented message is cut off ("'Email' must n…"),
 * so the wording follows its evident pattern ("'Email' must not be empty.").
 */

export interface ValidInvite {
  email?: string;
  name?: string;
  disableMandatoryFields: boolean;
  startDateTime?: string;
  endDateTime?: string;
  timeZoneId?: number;
  /** Where iMocha posts this invitation's callbacks. */
  callbackUrl?: string;
}

/** UTC `YYYY-MM-ddTHH:mm:ssZ`; the time part may be omitted (then 00:00:00 is assumed, per the docs). */
const UTC_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function checkEnum(errors: string[], b: Record<string, unknown>, key: string, label: string, allowed: readonly unknown[]): void {
  if (b[key] !== undefined && !allowed.includes(b[key])) {
    errors.push(`'${label}' must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}.`);
  }
}

function checkDate(errors: string[], b: Record<string, unknown>, key: string, label: string): void {
  const v = b[key];
  if (v === undefined) return;
  if (typeof v !== "string" || !UTC_DATE_TIME.test(v) || Number.isNaN(Date.parse(v))) {
    errors.push(`'${label}' must be a UTC date and time like 2020-06-11T16:00:00Z.`);
  }
}

function checkRequiredText(errors: string[], b: Record<string, unknown>, key: string, label: string, required: boolean): void {
  const v = b[key];
  if (isBlank(v)) {
    if (required) errors.push(`'${label}' must not be empty.`);
  } else if (typeof v !== "string") {
    errors.push(`'${label}' must be a string.`);
  } else if (key === "email" && !EMAIL.test(v.trim())) {
    errors.push(`'${label}' is not a valid email address.`);
  }
}

/** Returns the documented 400 messages, or the fields the simulator keeps. */
export function validateInviteBody(body: unknown): { errors: string[] } | { value: ValidInvite } {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { errors: ["The request body must be a JSON object."] };
  const b = body as Record<string, unknown>;
  const errors: string[] = [];
  checkEnum(errors, b, "disableMandatoryFields", "Disable Mandatory Fields", [0, 1]);
  const required = b.disableMandatoryFields !== 1;
  checkRequiredText(errors, b, "email", "Email", required);
  checkRequiredText(errors, b, "name", "Name", required);
  checkEnum(errors, b, "sendEmail", "Send Email", ["yes", "no"]);
  checkEnum(errors, b, "hideInstruction", "Hide Instruction", [0, 1]);
  checkEnum(errors, b, "ProctoringMode", "Proctoring Mode", ["disabled", "image", "video"]);
  checkDate(errors, b, "startDateTime", "Start Date Time");
  checkDate(errors, b, "endDateTime", "End Date Time");
  if (b.timeZoneId !== undefined && !Number.isInteger(b.timeZoneId)) errors.push("'Time Zone Id' must be an integer.");
  for (const key of ["callbackUrl", "redirectUrl", "stakeholderEmails"]) {
    if (b[key] !== undefined && typeof b[key] !== "string") errors.push(`'${key}' must be a string.`);
  }
  if (errors.length > 0) return { errors };
  return {
    value: {
      email: isBlank(b.email) ? undefined : (b.email as string).trim(),
      name: isBlank(b.name) ? undefined : (b.name as string).trim(),
      disableMandatoryFields: !required,
      startDateTime: b.startDateTime as string | undefined,
      endDateTime: b.endDateTime as string | undefined,
      timeZoneId: b.timeZoneId as number | undefined,
      callbackUrl: isBlank(b.callbackUrl) ? undefined : (b.callbackUrl as string),
    },
  };
}
