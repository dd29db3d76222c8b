import type * as domain from "../../domain/entities";
import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { DataSource, InviteStatus, Provider } from "../../domain/enums";
import { Assessment } from "./assessment";
import { Candidate } from "./candidate";
import { Grader } from "./grader";
import { InviteDetails } from "./invite-details";
import { Node } from "./node";
import { InviteResult } from "./result";

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: "A candidate's invitation to an assessment, at any provider." })
export class Invite extends Node implements domain.Invite {
  @Field(() => ID, { description: "Global id, e.g. `imocha:invite:2932950` or `xobin:ai-invite:7401`. Stable and safe to store." })
  declare id: string;

  @Field(() => Provider, { description: "The provider that holds this invite." })
  provider: Provider;

  @Field({ description: "The provider's own id for this invite (Xobin response_id/report_id, iMocha testInvitationId, AlfaOne invite uuid)." })
  providerId: string;

  @Field(() => InviteStatus, { description: "Normalised status. Unrecognised provider values map to UNKNOWN." })
  status: InviteStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status word, always kept (e.g. `Test Left`, `Invite Link created`)." })
  providerStatus?: string | null;

  @Field(() => Candidate, { description: "The invited candidate." })
  candidate: Candidate;

  @Field(() => Assessment, { nullable: true, description: "What the candidate is invited to. Served from data the invite carries, without another provider call." })
  assessment?: Assessment | null;

  @Field(() => Grader, { nullable: true, description: "The reviewer assigned to this invite, where the provider has one (AlfaOne)." })
  grader?: Grader | null;

  @Field(() => String, { nullable: true, description: "Link the candidate opens to take the assessment. Returned by providers when the invite is created." })
  inviteUrl?: string | null;

  @Field(() => Date, { nullable: true, description: "When the invite was sent." })
  sentAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the invite stops being usable." })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the candidate started." })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the candidate finished." })
  completedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the invite was revoked." })
  revokedAt?: Date | null;

  @Field(() => Float, { nullable: true, description: "The candidate's score, on the scale of `maxScore` (a percentage where `maxScore` is 100)." })
  score?: number | null;

  @Field(() => Float, { nullable: true, description: "The highest possible score, where the provider reports one." })
  maxScore?: number | null;

  @Field(() => String, { nullable: true, description: "Link to the provider's report for a completed attempt." })
  reportUrl?: string | null;

  @Field(() => InviteResult, {
    nullable: true,
    description: "The full result: overall score, percentage where the scale is known, section scores, recommendation and report link. Null until the provider reports one; always null for AlfaOne (its API documents no results). `score`, `maxScore` and `reportUrl` above are the same values, kept for existing clients.",
  })
  result?: InviteResult | null;

  @Field(() => InviteDetails, { nullable: true, description: "What this provider documents about the invite beyond the common fields; null where it gives nothing more (create answers, list items)." })
  details?: InviteDetails | null;

  @Field(() => String, { nullable: true, description: "Your own reference for this invite, where the provider stores one (Xobin `custom_field_id`)." })
  externalId?: string | null;

  @Field(() => Date, { description: "When this state came from the provider. With `source: RECORD` it may be older than this request." })
  fetchedAt: Date;

  @Field(() => DataSource, { description: "PROVIDER: read from the provider in this request. RECORD: served from hiregraph's record." })
  source: DataSource;
}
