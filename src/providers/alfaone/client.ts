import { Provider } from "../../domain/enums";
import { transportOptions, type AdapterDeps } from "../deps";
import { ProviderUnavailableError, type ProviderError } from "../errors";
import { createHttpClient, type ProviderHttp } from "../http";
import { unreadableWriteAnswer } from "../write-answer";
import { classifyAlfaoneError } from "./errors";
import type {
  AlfaoneAssessmentDto,
  AlfaoneAssessmentListDto,
  AlfaoneCreateInviteBody,
  AlfaoneCreateInviteResponse,
  AlfaoneInviteDto,
  AlfaoneInviteListDto,
  AlfaoneListAssessmentsQuery,
  AlfaoneListInvitesQuery,
} from "./types";

const P = Provider.ALFAONE;

/** AlfaOne's v4 REST API, one method per endpoint hiregraph uses. HTTP only: no mapping to domain types. */
export interface AlfaoneClient {
  /** GET /invites/{inviteId}: the full invite object (get-invite page). */
  getInvite(inviteId: string): Promise<AlfaoneInviteDto>;
  /** GET /invites: one page of invites, filtered by the provider. */
  listInvites(query: AlfaoneListInvitesQuery): Promise<AlfaoneInviteListDto>;
  /** POST /invites: creates the invite and AlfaOne emails it at once. */
  createInvite(body: AlfaoneCreateInviteBody): Promise<AlfaoneInviteDto>;
  /** GET /assessments/{assessmentId}. */
  getAssessment(assessmentId: string): Promise<AlfaoneAssessmentDto>;
  /** GET /assessments: one page of assessments. */
  listAssessments(query: AlfaoneListAssessmentsQuery): Promise<AlfaoneAssessmentListDto>;
}

export function createAlfaoneClient(deps: AdapterDeps): AlfaoneClient {
  const http: ProviderHttp = createHttpClient({
    ...transportOptions(deps),
    provider: P,
    headers: { "x-api-key": deps.secret },
    classify: classifyAlfaoneError,
  });
  const id = encodeURIComponent;

  return {
    async getInvite(inviteId) {
      const res = await http.read<unknown>({ method: "GET", path: `/invites/${id(inviteId)}`, endpoint: "/invites/{inviteId}" });
      return expectInvite(res.data, false);
    },
    async listInvites(query) {
      const res = await http.read<unknown>({ method: "GET", path: "/invites", endpoint: "/invites", query: { ...query } });
      return expectList<AlfaoneInviteListDto>(res.data, "invites");
    },
    async createInvite(body) {
      // INF: the status code is probably 201 (the intro lists "201 Created"); any 2xx is accepted.
      const res = await http.write<AlfaoneCreateInviteResponse>({ method: "POST", path: "/invites", endpoint: "/invites", body });
      return expectInvite(isRecord(res.data) ? res.data.invite : undefined, true);
    },
    async getAssessment(assessmentId) {
      const res = await http.read<unknown>({
        method: "GET",
        path: `/assessments/${id(assessmentId)}`,
        endpoint: "/assessments/{assessmentId}",
      });
      // NOT documented whether the object is wrapped: get-invite answers bare, create-invite wraps. Accept both.
      const data = isRecord(res.data) && isRecord(res.data.assessment) ? res.data.assessment : res.data;
      if (!hasStringId(data)) throw unexpected("an assessment object", false);
      return data as unknown as AlfaoneAssessmentDto;
    },
    async listAssessments(query) {
      const res = await http.read<unknown>({ method: "GET", path: "/assessments", endpoint: "/assessments", query: { ...query } });
      return expectList<AlfaoneAssessmentListDto>(res.data, "assessments");
    },
  };
}

function expectInvite(data: unknown, isWrite: boolean): AlfaoneInviteDto {
  if (!hasStringId(data)) throw unexpected("an invite object", isWrite);
  return data as unknown as AlfaoneInviteDto;
}

function expectList<T>(data: unknown, key: "invites" | "assessments"): T {
  if (!isRecord(data) || !Array.isArray(data[key])) throw unexpected(`a "${key}" list`, false);
  return data as T;
}

/** A 2xx answer without the documented shape: unusable for reads, and a write's outcome cannot be confirmed. */
function unexpected(what: string, isWrite: boolean): ProviderError {
  return isWrite
    ? unreadableWriteAnswer(P, what, { advice: "The invite may have been created; check AlfaOne's invite list before inviting again." })
    : new ProviderUnavailableError(P, `AlfaOne did not answer with ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function hasStringId(v: unknown): v is Record<string, unknown> & { id: string } {
  return isRecord(v) && typeof v.id === "string" && v.id !== "";
}
