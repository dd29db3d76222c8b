import { Provider } from "../../domain/enums";
import { transportOptions, type AdapterDeps } from "../deps";
import { ProviderAuthError, ProviderUnavailableError } from "../errors";
import { createHttpClient } from "../http";
import { confirmWrite } from "../write-answer";
import { asNotCancellable, classifyImochaError } from "./errors";
import type {
  ImochaCallbacksProcessDto,
  ImochaCancelResponseDto,
  ImochaInviteRequestDto,
  ImochaInviteResponseDto,
  ImochaReportDto,
  ImochaTestDto,
  ImochaTestListDto,
} from "./types";

/** HTTP access to the iMocha v3 endpoints hiregraph uses (docs/providers/imocha.md). Ids are native Int64 digit strings. */
export interface ImochaClient {
  /** `GET /v3/tests`: every test of the account (no paging is documented). */
  listTests(): Promise<ImochaTestDto[]>;
  /** `POST /v3/tests/{testId}/invite`. */
  inviteCandidate(testId: string, body: ImochaInviteRequestDto): Promise<ImochaInviteResponseDto>;
  /** `POST /v3/invitations/{testInvitationId}/cancel`; a refusal is ProviderBusinessError(NOT_CANCELLABLE). */
  cancelInvitation(testInvitationId: string): Promise<ImochaCancelResponseDto>;
  /**
   * `POST /v3/callbacks/process`: re-delivery of up to 100 invitations' callbacks. The documented 401 ("does not
   * belong to account or not found") refuses every id; it is answered as all failed, not as a key problem.
   */
  processCallbacks(testInvitationIds: string[]): Promise<{ successful: string[]; failed: string[] }>;
  /** `GET /v3/reports/{testInvitationId}?reportType=1` (section-level report). */
  getReport(testInvitationId: string): Promise<ImochaReportDto>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt64 = (v: unknown): boolean => (typeof v === "number" && Number.isSafeInteger(v)) || (typeof v === "string" && /^\d{1,19}$/.test(v));

/** A 2xx read whose JSON is not the documented shape would crash the mappers; report it as an upstream fault. */
function unexpectedShape(what: string): ProviderUnavailableError {
  return new ProviderUnavailableError(Provider.IMOCHA, `iMocha answered ${what} with an unexpected body shape`);
}

export function createImochaClient(deps: AdapterDeps): ImochaClient {
  const http = createHttpClient({
    ...transportOptions(deps),
    provider: Provider.IMOCHA,
    headers: { "X-API-KEY": deps.secret },
    classify: classifyImochaError,
  });
  const seg = encodeURIComponent;

  return {
    async listTests() {
      const res = await http.read<ImochaTestListDto>({ method: "GET", path: "/v3/tests", endpoint: "/v3/tests" });
      if (!isObject(res.data) || !Array.isArray(res.data.tests)) throw unexpectedShape("the test list");
      return res.data.tests.filter((t) => isObject(t) && isInt64(t.testId));
    },

    async inviteCandidate(testId, body) {
      const res = await http.write<ImochaInviteResponseDto>({
        method: "POST",
        path: `/v3/tests/${seg(testId)}/invite`,
        endpoint: "/v3/tests/{testId}/invite",
        body,
      });
      // The invitation was probably created, but without its id we cannot say which one.
      return confirmWrite(Provider.IMOCHA, res.data, {
        what: "a testInvitationId",
        accept: (d): d is ImochaInviteResponseDto => isObject(d) && isInt64(d.testInvitationId),
        advice: "Inviting the same email to the same test again returns the existing invitation.",
        repeatable: true,
      });
    },

    async cancelInvitation(testInvitationId) {
      try {
        const res = await http.write<ImochaCancelResponseDto>({
          method: "POST",
          path: `/v3/invitations/${seg(testInvitationId)}/cancel`,
          endpoint: "/v3/invitations/{testInvitationId}/cancel",
          body: {},
        });
        return res.data;
      } catch (err) {
        throw asNotCancellable(err);
      }
    },

    async processCallbacks(testInvitationIds) {
      let res;
      try {
        res = await http.write<ImochaCallbacksProcessDto>({
          method: "POST",
          path: "/v3/callbacks/process",
          endpoint: "/v3/callbacks/process",
          body: { testinvitationIds: testInvitationIds.map(Number) },
        });
      } catch (err) {
        if (err instanceof ProviderAuthError && /does not belong to account/i.test(err.message)) return { successful: [], failed: testInvitationIds };
        throw err;
      }
      const lists = isObject(res.data) && isObject(res.data.result) && isObject(res.data.result.testinvitationIds) ? res.data.result.testinvitationIds : undefined;
      if (!lists || !Array.isArray(lists.successful) || !Array.isArray(lists.failed)) throw unexpectedShape("the callback replay");
      return { successful: lists.successful.map(String), failed: lists.failed.map(String) };
    },

    async getReport(testInvitationId) {
      const res = await http.read<ImochaReportDto>({
        method: "GET",
        path: `/v3/reports/${seg(testInvitationId)}`,
        endpoint: "/v3/reports/{testInvitationId}",
        // The doc table calls reportType a "Request Body Parameter" of a GET; 3P clients send it as a query.
        query: { reportType: 1 },
      });
      if (!isObject(res.data) || !isInt64(res.data.testInvitationId)) throw unexpectedShape("the report");
      return res.data;
    },
  };
}
