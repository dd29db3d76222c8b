import type { Context } from "../context";
import { Capability, DataSource, EventOrigin, InviteStatus, Provider, PROVIDER_NAMES } from "../domain/enums";
import { InputError, reportError, type ErrorReport } from "../domain/errors";
import { identity, type GlobalId } from "../domain/ids";
import { hasCapability, type CapableAdapter, type CreateInviteRequest } from "../providers/adapter";
import { toCandidate } from "../providers/candidate";
import { ProviderBusinessError, ProviderOutcomeUnknownError } from "../providers/errors";
import type { Invite, ProviderInvite } from "../domain/entities";
import { MODULE_LIST } from "../providers/modules";
import { narrow, requireCapability } from "./capabilities";
import { runMutation } from "./run-mutation";
import { InputCheck, LIMITS } from "./validate";
import type { CancelInviteCommand, InviteCandidateCommand, InviteOutcome, RevokeInviteCommand, WithdrawInviteCommand } from "./commands";

const INVITE_TYPES = ["ai-invite", "assessment-invite", "invite"] as const;
const ASSESSMENT_TYPES = ["ai-interview", "assessment", "test"] as const;

const failed = (userErrors: ErrorReport[]): InviteOutcome => ({ invite: null, userErrors });

/**
 * The options only one provider takes (`alfaone`, `imocha`), as each module declares them: first that none come
 * with another provider's assessment, then each option's own checks.
 */
function checkProviderOptions(check: InputCheck, input: InviteCandidateCommand, provider: Provider | undefined): void {
  const rules = MODULE_LIST.flatMap((m) => (m.inviteOptions ? [{ provider: m.provider, rule: m.inviteOptions }] : []));
  for (const { provider: owner, rule } of rules) {
    if (input[rule.key] && provider && provider !== owner) {
      check.add(new InputError([rule.key], `${rule.key} options apply only to ${rule.appliesTo}`));
    }
  }
  // Each rule's check takes its own key's options; TypeScript cannot follow the key through the union.
  for (const { rule } of rules) (rule.check as (options: unknown, c: InputCheck) => void)(input[rule.key], check);
}

/** Checks an invite input completely (fields, ids, provider-only options) before any upstream call. */
function checkInviteInput(input: InviteCandidateCommand, now: Date): CreateInviteRequest {
  const check = new InputCheck();
  const assessment = check.id(input.assessmentId, ["assessmentId"], { types: ASSESSMENT_TYPES });
  check.email(input.candidate.email, ["candidate", "email"]);
  check.text(input.candidate.name, ["candidate", "name"], LIMITS.name);
  check.text(input.externalId, ["externalId"], LIMITS.externalId);
  check.idempotencyKey(input.idempotencyKey);
  check.order(input.startsAt, input.expiresAt, ["expiresAt"], "startsAt");
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    check.add(new InputError(["expiresAt"], "expiresAt must be in the future"));
  }
  checkProviderOptions(check, input, assessment?.provider);
  check.done();
  return {
    assessment: assessment as GlobalId,
    candidate: { name: input.candidate.name?.trim(), email: input.candidate.email.trim() },
    sendEmail: input.sendEmail ?? undefined,
    startsAt: input.startsAt ?? undefined,
    expiresAt: input.expiresAt ?? undefined,
    externalId: input.externalId ?? undefined,
    alfaone: input.alfaone ? { ...input.alfaone } : undefined,
    imocha: input.imocha ? { ...input.imocha } : undefined,
  };
}

/**
 * A create whose answer was lost may still have happened. Where the provider can look an invite up by the
 * caller's own reference (Xobin `custom_field_id`), ask it instead of guessing; otherwise report OUTCOME_UNKNOWN.
 */
async function createOrReconcile(adapter: CapableAdapter<Capability.CREATE_INVITE>, req: CreateInviteRequest): Promise<ProviderInvite> {
  try {
    return await adapter.createInvite(req);
  } catch (err) {
    if (!(err instanceof ProviderOutcomeUnknownError) || !req.externalId || !adapter.findInviteByExternalId) throw err;
    const found = await adapter.findInviteByExternalId(req.assessment, req.externalId).catch(() => undefined);
    if (found) return found;
    throw err;
  }
}

export function inviteCandidate(ctx: Context, input: InviteCandidateCommand): Promise<InviteOutcome> {
  return runMutation(ctx, "inviteCandidate", input, failed, async () => {
    const req = checkInviteInput(input, new Date());
    const adapter = requireCapability(ctx.registry, req.assessment.provider, Capability.CREATE_INVITE);
    const created = await createOrReconcile(adapter, req);
    // Providers that store no caller reference (AlfaOne, iMocha) never see it; the record keeps it for them.
    created.externalId ??= req.externalId ?? null;
    const [invite] = await ctx.recorder.providerInvites([created], EventOrigin.MUTATION);
    ctx.loaders.invite.clear(invite.id).prime(invite.id, invite);
    return { invite, userErrors: [] };
  });
}

/**
 * Reads the invite again after a state change, so the payload shows it as it now stands. When the read fails
 * after a confirmed change, the payload still reports the new status rather than losing the outcome.
 */
async function reread(ctx: Context, id: GlobalId, status: InviteStatus): Promise<Invite> {
  try {
    return await ctx.loaders.invite.clear(id.id).load(id.id);
  } catch {
    return ({ ...identity(id.provider, id.type, id.nativeId), status, candidate: toCandidate(id.provider, {}), fetchedAt: new Date(), source: DataSource.PROVIDER } satisfies Invite);
  }
}

/** A documented refusal (ALREADY_REVOKED, NOT_CANCELLABLE…) still shows the invite as it stands, when readable. */
async function refusal(ctx: Context, id: GlobalId, err: ProviderBusinessError): Promise<InviteOutcome> {
  const invite = await ctx.loaders.invite.clear(id.id).load(id.id).catch(() => null);
  return { invite, userErrors: [reportError(err)] };
}

/**
 * Revoke, cancel and withdraw share one shape: check the id, refuse what the provider lacks, make the change,
 * then show the invite as it now stands (or as it stands after a documented refusal). `change` answers the
 * status the invite has once the provider confirmed it.
 */
function changeInvite<C extends Capability>(
  ctx: Context,
  name: string,
  input: { id: string; idempotencyKey?: string | null },
  capability: C,
  change: (adapter: CapableAdapter<C>, id: GlobalId) => Promise<InviteStatus>,
): Promise<InviteOutcome> {
  return runMutation(ctx, name, input, failed, async () => {
    const check = new InputCheck();
    const id = check.id(input.id, ["id"], { types: INVITE_TYPES });
    check.idempotencyKey(input.idempotencyKey ?? undefined);
    check.done();
    const adapter = requireCapability(ctx.registry, id!.provider, capability);
    let after: InviteStatus;
    try {
      after = await change(adapter, id!);
    } catch (err) {
      if (err instanceof ProviderBusinessError) return refusal(ctx, id!, err);
      throw err;
    }
    return { invite: await reread(ctx, id!, after), userErrors: [] };
  });
}

const revoke = (adapter: CapableAdapter<Capability.REVOKE_INVITE>, id: GlobalId, notifyCandidate: boolean) =>
  adapter.revokeInvite(id, { notifyCandidate }).then(() => InviteStatus.REVOKED);

const cancel = (adapter: CapableAdapter<Capability.CANCEL_INVITE>, id: GlobalId) => adapter.cancelInvite(id).then(() => InviteStatus.CANCELLED);

export function revokeInvite(ctx: Context, input: RevokeInviteCommand): Promise<InviteOutcome> {
  return changeInvite(ctx, "revokeInvite", input, Capability.REVOKE_INVITE, (adapter, id) => revoke(adapter, id, input.notifyCandidate ?? false));
}

export function cancelInvite(ctx: Context, input: CancelInviteCommand): Promise<InviteOutcome> {
  return changeInvite(ctx, "cancelInvite", input, Capability.CANCEL_INVITE, cancel);
}

/**
 * "Take this invite back" without knowing the provider: revoke where the provider revokes (Xobin), cancel where
 * it cancels (iMocha), with exactly their outcomes and codes. iMocha's cancel has no notification option, so
 * asking for one there is refused rather than silently dropped.
 */
export function withdrawInvite(ctx: Context, input: WithdrawInviteCommand): Promise<InviteOutcome> {
  return changeInvite(ctx, "withdrawInvite", input, Capability.WITHDRAW_INVITE, (adapter, id) => {
    if (hasCapability(adapter, Capability.REVOKE_INVITE)) return revoke(adapter, id, input.notifyCandidate ?? false);
    if (input.notifyCandidate) {
      throw new InputError(["notifyCandidate"], `${PROVIDER_NAMES[id.provider]} cannot notify the candidate of a withdrawal; omit notifyCandidate or set it to false`);
    }
    return cancel(narrow(adapter, Capability.CANCEL_INVITE), id);
  });
}
