import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { scheduleInterview, updateInterview } from "../../services/interview-mutations";
import { cancelInvite, inviteCandidate, revokeInvite, withdrawInvite } from "../../services/invite-mutations";
import { ScheduleInterviewInput, UpdateInterviewInput } from "../inputs/interview.inputs";
import { CancelInviteInput, InviteCandidateInput, RevokeInviteInput, WithdrawInviteInput } from "../inputs/invite.inputs";
import { InterviewPayload, InvitePayload } from "../payloads";
import { ReplayCallbacksInput, ReplayCallbacksPayload } from "../replay";
import { replayCallbacks } from "../../services/replay-callbacks";

@Resolver()
export class MutationResolver {
  @Mutation(() => InvitePayload, { description: "Invite a candidate to an assessment at the assessment's provider (Xobin, AlfaOne, iMocha)." })
  inviteCandidate(@Arg("input", () => InviteCandidateInput, { description: "What to do; see the input type." }) input: InviteCandidateInput, @Ctx() ctx: Context): Promise<InvitePayload> {
    return inviteCandidate(ctx, input);
  }

  @Mutation(() => InvitePayload, { description: "Withdraw an invite (Xobin). iMocha: use cancelInvite. AlfaOne: not possible (UNSUPPORTED_OPERATION)." })
  revokeInvite(@Arg("input", () => RevokeInviteInput, { description: "What to do; see the input type." }) input: RevokeInviteInput, @Ctx() ctx: Context): Promise<InvitePayload> {
    return revokeInvite(ctx, input);
  }

  @Mutation(() => InvitePayload, { description: "Cancel a pending invitation (iMocha). Other states give NOT_CANCELLABLE. Xobin: use revokeInvite." })
  cancelInvite(@Arg("input", () => CancelInviteInput, { description: "What to do; see the input type." }) input: CancelInviteInput, @Ctx() ctx: Context): Promise<InvitePayload> {
    return cancelInvite(ctx, input);
  }

  @Mutation(() => InvitePayload, {
    description:
      "Take an invite back without knowing its provider: revokes at Xobin, cancels at iMocha (same outcomes and codes as revokeInvite / cancelInvite), UNSUPPORTED_OPERATION at AlfaOne. See `providers { capabilities }` (WITHDRAW_INVITE).",
  })
  withdrawInvite(@Arg("input", () => WithdrawInviteInput, { description: "What to do; see the input type." }) input: WithdrawInviteInput, @Ctx() ctx: Context): Promise<InvitePayload> {
    return withdrawInvite(ctx, input);
  }

  @Mutation(() => InterviewPayload, { description: "Change a scheduled interview (DRVN); only the fields given are sent." })
  updateInterview(@Arg("input", () => UpdateInterviewInput, { description: "What to do; see the input type." }) input: UpdateInterviewInput, @Ctx() ctx: Context): Promise<InterviewPayload> {
    return updateInterview(ctx, input);
  }

  @Mutation(() => ReplayCallbacksPayload, {
    description: "Ask iMocha to send its callbacks for these invites again (at most 100), e.g. after hiregraph could not be reached. The record takes them like any callback; repeats make no second event.",
  })
  replayCallbacks(@Arg("input", () => ReplayCallbacksInput, { description: "Which invites." }) input: ReplayCallbacksInput, @Ctx() ctx: Context): Promise<ReplayCallbacksPayload> {
    return replayCallbacks(ctx, input);
  }

  @Mutation(() => InterviewPayload, { description: "Schedule a new interview (DRVN)." })
  scheduleInterview(@Arg("input", () => ScheduleInterviewInput, { description: "What to do; see the input type." }) input: ScheduleInterviewInput, @Ctx() ctx: Context): Promise<InterviewPayload> {
    return scheduleInterview(ctx, input);
  }
}
