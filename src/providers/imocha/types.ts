/**
 * iMocha Skills Assessment API v3 wire shapes, as documented (docs/providers/imocha.md).
 * Field names keep iMocha's mixed casing on purpose (`Status`, `ProctoringMode`): they are what the API sends.
 */

/**
 * One entry of `GET /v3/tests`. The page's content was NOT captured in the docs; this is the shape third-party
 * clients read (`{"tests":[{testId, testName, ...}]}`), so only these two fields are relied on.
 */
export interface ImochaTestDto {
  testId: number | string;
  testName?: string | null;
}

/** `GET /v3/tests`. No paging parameters are documented: the whole list comes back at once. */
export interface ImochaTestListDto {
  tests: ImochaTestDto[];
}

/** Body of `POST /v3/tests/{testId}/invite` (camelCase, as on the current invite-candidate page). */
export interface ImochaInviteRequestDto {
  /** Required unless `disableMandatoryFields` is 1. */
  email?: string;
  /** Required unless `disableMandatoryFields` is 1. */
  name?: string;
  callbackUrl?: string;
  redirectUrl?: string;
  /** @default 0 */
  disableMandatoryFields?: 0 | 1;
  /** @default 0 */
  hideInstruction?: 0 | 1;
  /** @default "no": the API does not email the candidate unless told to. */
  sendEmail?: "yes" | "no";
  /** Comma-separated addresses, or `"disable"`. */
  stakeholderEmails?: string;
  /** UTC `YYYY-MM-ddTHH:mm:ssZ`. */
  startDateTime?: string;
  /** UTC `YYYY-MM-ddTHH:mm:ssZ`. */
  endDateTime?: string;
  /** An id from iMocha's "List timezones" page (not captured; e.g. 1720 for India in 3P code). */
  timeZoneId?: number;
  ProctoringMode?: "disabled" | "image" | "video";
}

/** 201 from `POST /v3/tests/{testId}/invite`, e.g. `{"testInvitationId":2807324,"testUrl":"https://test.imocha.io/IMInstructions?..."}`. */
export interface ImochaInviteResponseDto {
  testInvitationId: number;
  testUrl: string;
  /**
   * Documented only for the sibling invite-by-test-link endpoint (`"Pending"`); read when present so a
   * re-invite that returns an already attempted invitation is not reported as pending.
   */
  status?: string;
}

/** 200 from `POST /v3/invitations/{testInvitationId}/cancel`, e.g. `{"testInvitationId":2932950,"status":"cancelled"}`. */
export interface ImochaCancelResponseDto {
  testInvitationId: number;
  status: string;
}

/** One section of a section-level report (`reportType=1`). */
export interface ImochaReportSectionDto {
  candidateScore: number | null;
  sectionScore: number | null;
  noOfQue: number | null;
  sectionId: number;
  sectionName: string;
  /** Minutes allowed. */
  sectionTime: number | null;
  /** Seconds taken. */
  sectionTimeTaken: number | null;
}

/** `GET /v3/reports/{testInvitationId}?reportType=1`. The full `Status` enum is NOT documented. */
export interface ImochaReportDto {
  testInvitationId: number;
  /** Documented as a string although test ids are Int64 elsewhere. */
  testId: string | number | null;
  testName?: string | null;
  candidateEmail?: string | null;
  /** "ISO 8601 UTC". */
  attemptedOn?: string | null;
  Status: string | null;
  /** Deprecated by iMocha; its scale is not documented, so it is not used. */
  score?: number | null;
  scorePercentage?: number | null;
  candidatePoints?: number | null;
  totalTestPoints?: number | null;
  pdfReportUrl?: string | null;
  PerformanceCategory?: string | null;
  sections?: ImochaReportSectionDto[] | null;
}

/** 400 from the invite endpoint, e.g. `{"errors":["'Email' must n…"]}` (the doc example is cut off). */
export interface ImochaErrorListDto {
  errors: string[];
}

/** 400 from the cancel endpoint: `{"statusCode":400,"message":"Testinvitation state in … can not be cancelled."}`. */
export interface ImochaStatusMessageDto {
  statusCode: number;
  message: string;
}

/** 200 from `POST /v3/callbacks/process`: `{"result":{"testinvitationIds":{"successful":[...],"failed":[]}},"errors":null}`. */
export interface ImochaCallbacksProcessDto {
  result: { testinvitationIds: { successful: Array<number | string>; failed: Array<number | string> } } | null;
  errors: string[] | null;
}
