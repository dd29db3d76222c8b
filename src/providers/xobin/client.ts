import { Provider } from "../../domain/enums";
import { transportOptions, type AdapterDeps } from "../deps";
import { ProviderUnavailableError } from "../errors";
import { createHttpClient, type ProviderRequest } from "../http";
import { classifyXobinFailure, revokeFailure, XobinRevokeConfirmed } from "./errors";
import type {
  XobinAiInviteRequest,
  XobinAiInviteResponse,
  XobinAiReport,
  XobinAiRevokeRequest,
  XobinAssessmentInviteRequest,
  XobinAssessmentInviteResponse,
  XobinAssessmentReport,
  XobinAssessmentRevokeRequest,
  XobinInvitedItem,
  XobinRevokeResponse,
} from "./types";

/** The Xobin v2 endpoints hiregraph uses (docs/providers/xobin.md). HTTP only: no mapping, no domain types. */
export interface XobinClient {
  createAiInvite(body: XobinAiInviteRequest): Promise<XobinAiInviteResponse>;
  /** Resolves when Xobin answers `REVOKED`; throws the typed error for every other outcome. */
  revokeAiInvite(body: XobinAiRevokeRequest): Promise<void>;
  getAiReport(responseId: string): Promise<XobinAiReport>;
  getAiReportByCustomField(customFieldId: string): Promise<XobinAiReport>;
  listAiInvited(aiInterviewId: string): Promise<XobinInvitedItem[]>;
  createAssessmentInvite(body: XobinAssessmentInviteRequest): Promise<XobinAssessmentInviteResponse>;
  /** Like revokeAiInvite; note this one is a POST where the AI interview revoke is a PATCH. */
  revokeAssessmentInvite(body: XobinAssessmentRevokeRequest): Promise<void>;
  getAssessmentReport(reportId: string): Promise<XobinAssessmentReport>;
}

export function createXobinClient(deps: AdapterDeps): XobinClient {
  const http = createHttpClient({
    ...transportOptions(deps),
    provider: Provider.XOBIN,
    // authentication.html: the raw key in a header named `apiKey`.
    headers: { apiKey: deps.secret },
    classify: classifyXobinFailure,
  });
  const read = async <T>(path: string, endpoint: string, query?: ProviderRequest["query"]) =>
    (await http.read<T>({ method: "GET", path, endpoint, query })).data;
  const write = async <T>(method: "POST" | "PATCH", path: string, body: unknown) =>
    (await http.write<T>({ method, path, endpoint: path, body })).data;

  // The revoke outcome lives in the body's `status`; HTTP codes are NOT documented, so a 2xx body is checked
  // too and a non-2xx REVOKED body (XobinRevokeConfirmed from the classifier) counts as success.
  async function revoke(method: "POST" | "PATCH", path: string, body: unknown): Promise<void> {
    try {
      const res = await http.write<XobinRevokeResponse>({ method, path, endpoint: path, body });
      const failure = revokeFailure(res.data, res.status);
      if (failure) throw failure;
    } catch (err) {
      if (!(err instanceof XobinRevokeConfirmed)) throw err;
    }
  }

  const seg = encodeURIComponent;
  return {
    createAiInvite: (body) => write("POST", "/ai-interviews/invite", body),
    revokeAiInvite: (body) => revoke("PATCH", "/ai-interviews/invite/revoke", body),
    getAiReport: (id) => read(`/ai-interviews/report/${seg(id)}`, "/ai-interviews/report/{response_id}"),
    getAiReportByCustomField: (customFieldId) =>
      read("/ai-interviews/report", "/ai-interviews/report?custom_field_id", { custom_field_id: customFieldId }),
    listAiInvited: async (id) => {
      const items = await read<unknown>(`/ai-interviews/invited/${seg(id)}`, "/ai-interviews/invited/{ai_interview_id}");
      if (!Array.isArray(items)) throw new ProviderUnavailableError(Provider.XOBIN, "Xobin's invited list was not a JSON array");
      return items as XobinInvitedItem[];
    },
    createAssessmentInvite: (body) => write("POST", "/assessments/invite", body),
    revokeAssessmentInvite: (body) => revoke("POST", "/assessments/invite/revoke", body),
    getAssessmentReport: (id) => read(`/assessments/report/${seg(id)}`, "/assessments/report/{report_id}"),
  };
}
