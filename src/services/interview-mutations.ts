import type { Context } from "../context";
import { Capability, InterviewFormat, Provider } from "../domain/enums";
import { InputError } from "../domain/errors";
import type { InterviewFields } from "../providers/adapter";
import { toCandidate } from "../providers/candidate";
import type { Candidate, ProviderInterview } from "../domain/entities";
import { MODULE_LIST } from "../providers/modules";
import { requireCapability } from "./capabilities";
import { runMutation } from "./run-mutation";
import { InputCheck, LIMITS } from "./validate";
import type { InterviewOutcome, ScheduleInterviewCommand, UpdateInterviewCommand } from "./commands";
import type { ErrorReport } from "../domain/errors";

const failed = (userErrors: ErrorReport[]): InterviewOutcome => ({ interview: null, userErrors });

/**
 * The provider that schedules interviews: the one module that declares CREATE_INTERVIEW (DRVN today).
 * scheduleInterview names no provider, and its interviewer and candidate ids must be that provider's.
 */
const SCHEDULER: Provider = (() => {
  const schedulers = MODULE_LIST.filter((m) => m.capabilities.includes(Capability.CREATE_INTERVIEW));
  if (schedulers.length !== 1) throw new Error(`scheduleInterview needs exactly one provider with CREATE_INTERVIEW, not ${schedulers.length}`);
  return schedulers[0].provider;
})();

type InterviewInput = Partial<Omit<ScheduleInterviewCommand, "idempotencyKey" | "externalId" | "candidate">>;

/** Shared checks of interview fields; returns them in the provider-neutral form adapters take. */
function checkFields(check: InputCheck, input: InterviewInput): InterviewFields {
  const interviewer = input.interviewerId
    ? check.id(input.interviewerId, ["interviewerId"], { provider: SCHEDULER, types: ["grader"] })
    : undefined;
  const candidate = input.candidateId
    ? check.id(input.candidateId, ["candidateId"], { provider: SCHEDULER, types: ["candidate"] })
    : undefined;
  check.text(input.location, ["location"], LIMITS.location);
  check.order(input.startAt, input.endAt, ["endAt"], "startAt");
  if (input.format === InterviewFormat.UNKNOWN) check.add(new InputError(["format"], "format must be VIDEO_CALL or IN_PERSON"));
  const fields: InterviewFields = {
    startAt: input.startAt ?? undefined,
    endAt: input.endAt ?? undefined,
    format: input.format ?? undefined,
    location: input.location ?? undefined,
    interviewerId: interviewer?.nativeId,
    candidateId: candidate?.nativeId,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as InterviewFields;
}

export function updateInterview(ctx: Context, input: UpdateInterviewCommand): Promise<InterviewOutcome> {
  return runMutation(ctx, "updateInterview", input, failed, async () => {
    const check = new InputCheck();
    const id = check.id(input.id, ["id"], { types: ["interview"] });
    check.idempotencyKey(input.idempotencyKey);
    const fields = checkFields(check, input);
    if (Object.keys(fields).length === 0) {
      check.add(new InputError(["id"], "nothing to update: give at least one of startAt, endAt, format, location, interviewerId, candidateId"));
    }
    check.done();
    const adapter = requireCapability(ctx.registry, id!.provider, Capability.UPDATE_INTERVIEW);
    return { interview: await ctx.recorder.providerInterview(await adapter.updateInterview(id!, fields)), userErrors: [] };
  });
}

export function scheduleInterview(ctx: Context, input: ScheduleInterviewCommand): Promise<InterviewOutcome> {
  return runMutation(ctx, "scheduleInterview", input, failed, async () => {
    const check = new InputCheck();
    check.idempotencyKey(input.idempotencyKey);
    const fields = checkFields(check, input);
    checkCaller(check, input);
    check.done();
    const adapter = requireCapability(ctx.registry, SCHEDULER, Capability.CREATE_INTERVIEW);
    const required = fields as Required<Pick<InterviewFields, "startAt" | "endAt" | "format" | "interviewerId" | "candidateId">> & InterviewFields;
    return { interview: await ctx.recorder.providerInterview(withCallerFacts(await adapter.createInterview(required), input)), userErrors: [] };
  });
}

/** What the caller tells hiregraph about the interviewee, which DRVN does not hold and is never sent to it. */
function checkCaller(check: InputCheck, input: Pick<ScheduleInterviewCommand, "externalId" | "candidate">): void {
  check.text(input.externalId, ["externalId"], LIMITS.externalId);
  if (input.candidate) {
    check.email(input.candidate.email, ["candidate", "email"]);
    check.text(input.candidate.name, ["candidate", "name"], LIMITS.name);
  }
}

/**
 * Fills in the caller's facts where DRVN's answer lacks them: DRVN never returns an email, and its driver
 * name wins over the caller's when it has one. The candidate id stays DRVN's.
 * @example withCallerFacts(interview, { externalId: "ATS-42", candidate: { email: "rodolfo@example.com" } }).candidate.email === "rodolfo@example.com"
 */
export function withCallerFacts<T extends ProviderInterview>(interview: T, input: Pick<ScheduleInterviewCommand, "externalId" | "candidate">): T {
  // Trimmed as inviteCandidate trims its candidate, so the same person reads the same everywhere.
  const given = input.candidate ? { name: input.candidate.name?.trim() || null, email: input.candidate.email.trim() } : null;
  const current = interview.candidate ?? null;
  let candidate = current;
  if (given && current) {
    candidate = ({ ...current, email: current.email ?? given.email, name: current.name ?? given.name } satisfies Candidate);
  } else if (given) {
    candidate = toCandidate(interview.provider, given);
  }
  return { ...interview, candidate, externalId: input.externalId ?? interview.externalId ?? null };
}
