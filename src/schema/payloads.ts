import type { ErrorReport } from "../domain/errors";
import type { InterviewOutcome, InviteOutcome } from "../services/commands";
import { Field, Int, ObjectType } from "type-graphql";
import { Capability, ErrorCode, Provider, ProviderMode } from "../domain/enums";
import { Interview, Invite } from "./types";

@ObjectType({ description: "Why a mutation did not (fully) succeed. Mutations report business outcomes here instead of throwing." })
export class UserError implements ErrorReport {
  @Field(() => ErrorCode, { description: "Machine-readable reason." })
  code: ErrorCode;

  @Field({ description: "What went wrong, for a human. Never contains credentials." })
  message: string;

  @Field(() => [String], { nullable: true, description: "Path of the input field at fault, e.g. `[\"candidate\", \"email\"]`." })
  field: string[] | null;

  @Field({ description: "Whether the same request may succeed if sent again later (with the same idempotencyKey)." })
  retryable: boolean;

  @Field(() => Int, { nullable: true, description: "Seconds to wait before retrying, when the provider said (`Retry-After`)." })
  retryAfterSeconds: number | null;

  @Field(() => Provider, { nullable: true, description: "The provider involved, when there is one." })
  provider: Provider | null;
}

@ObjectType({ description: "Result of an invite mutation." })
export class InvitePayload implements InviteOutcome {
  @Field(() => Invite, {
    nullable: true,
    description: "The invite as it stands after the operation, or null when the operation failed and the invite could not be read.",
  })
  invite: Invite | null;

  @Field(() => [UserError], { description: "Empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of an interview mutation." })
export class InterviewPayload implements InterviewOutcome {
  @Field(() => Interview, { nullable: true, description: "The interview as the provider returned it after the operation, or null when it failed." })
  interview: Interview | null;

  @Field(() => [UserError], { description: "Empty on success." })
  userErrors: UserError[];
}

@ObjectType({ description: "How a provider is reached and what it supports." })
export class ProviderInfo {
  @Field(() => Provider, { description: "The provider." })
  provider: Provider;

  @Field(() => ProviderMode, { description: "Live API, built-in sandbox simulator, or disabled." })
  mode: ProviderMode;

  @Field(() => [Capability], { description: "Operations available for this provider. Others return UNSUPPORTED_OPERATION." })
  capabilities: Capability[];
}
