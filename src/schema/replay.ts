import type { ReplayCallbacksCommand, ReplayOutcome } from "../services/commands";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "./payloads";

@InputType({ description: "Which invites' callbacks to ask for again." })
export class ReplayCallbacksInput implements ReplayCallbacksCommand {
  @Field(() => [ID], { description: "iMocha invite ids (`imocha:invite:…`), 1 to 100." })
  inviteIds: string[];

  @Field({ nullable: true, description: "Makes retries safe; see InviteCandidateInput.idempotencyKey." })
  idempotencyKey?: string;
}

@ObjectType({ description: "Result of replayCallbacks." })
export class ReplayCallbacksPayload implements ReplayOutcome {
  @Field(() => [ID], { description: "Invites whose callbacks the provider queued for re-delivery." })
  acceptedIds: string[];

  @Field(() => [ID], { description: "Invites the provider refused (unknown to the account, or nothing to deliver), and ids of providers without replay." })
  refusedIds: string[];

  @Field(() => [UserError], { description: "Empty when the provider answered for every id." })
  userErrors: UserError[];
}
