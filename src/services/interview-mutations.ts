import type { Context } from "../context";
import { Capability, InterviewFormat, Provider } from "../domain/enums";
import { InputError } from "../domain/errors";
import type { InterviewFields } from "../providers/adapter";
import type { ScheduleInterviewInput, UpdateInterviewInput } from "../schema/inputs/interview.inputs";
import type { InterviewPayload, UserError } from "../schema/payloads";
import { requireCapability } from "./capabilities";
import { runMutation } from "./run-mutation";
import { InputCheck, LIMITS } from "./validate";

const failed = (userErrors: UserError[]): InterviewPayload => ({ interview: null, userErrors });

type InterviewInput = Partial<Omit<ScheduleInterviewInput, "idempotencyKey">>;

/** Shared checks of interview fields; returns them in the provider-neutral form adapters take. */
function checkFields(check: InputCheck, input: InterviewInput): InterviewFields {
  const interviewer = input.interviewerId
    ? check.id(input.interviewerId, ["interviewerId"], { provider: Provider.DRVN, types: ["grader"] })
    : undefined;
  const candidate = input.candidateId
    ? check.id(input.candidateId, ["candidateId"], { provider: Provider.DRVN, types: ["candidate"] })
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

export function updateInterview(ctx: Context, input: UpdateInterviewInput): Promise<InterviewPayload> {
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
    return { interview: await ctx.recorder.providerInterview(await adapter.updateInterview!(id!, fields)), userErrors: [] };
  });
}

export function scheduleInterview(ctx: Context, input: ScheduleInterviewInput): Promise<InterviewPayload> {
  return runMutation(ctx, "scheduleInterview", input, failed, async () => {
    const check = new InputCheck();
    check.idempotencyKey(input.idempotencyKey);
    const fields = checkFields(check, input);
    check.done();
    const adapter = requireCapability(ctx.registry, Provider.DRVN, Capability.CREATE_INTERVIEW);
    const required = fields as Required<Pick<InterviewFields, "startAt" | "endAt" | "format" | "interviewerId" | "candidateId">> & InterviewFields;
    return { interview: await ctx.recorder.providerInterview(await adapter.createInterview!(required)), userErrors: [] };
  });
}
