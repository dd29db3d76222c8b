import { Capability, Provider } from "../../domain/enums";
import { InputError } from "../../domain/errors";
import { InvalidIdError, type GlobalId } from "../../domain/ids";
import type { ProviderAdapter } from "../adapter";
import type { AdapterDeps } from "../deps";
import { createDrvnClient } from "./client";
import { toInterview } from "./mapper";
import { toDrvnCreateParams, toDrvnParams } from "./requests";

/** What the DRVN adapter can do; its module declares the same list. */
export const CAPABILITIES: readonly Capability[] = [Capability.CREATE_INTERVIEW, Capability.UPDATE_INTERVIEW];

/**
 * DRVN documents only creating and updating interviews (docs/providers/drvn.md). With no read, list, cancel or
 * delete endpoint, those adapter methods are absent and the interview returned by a write is the only view
 * of it.
 */
export function createDrvnAdapter(deps: AdapterDeps): ProviderAdapter {
  const client = createDrvnClient(deps);
  return {
    provider: Provider.DRVN,
    mode: deps.mode,
    capabilities: CAPABILITIES,

    async createInterview(fields) {
      return toInterview(await client.createInterview(toDrvnCreateParams(fields)));
    },

    async updateInterview(id, fields) {
      assertInterviewId(id);
      const params = toDrvnParams(fields);
      // Rails answers an empty `interview` hash with 400 (ParameterMissing), and with no read endpoint there
      // is nothing else to return, so an update that changes nothing is refused before any call.
      if (Object.keys(params).length === 0) {
        throw new InputError(["id"], "nothing to update: give at least one of startAt, endAt, format, location, interviewerId, candidateId");
      }
      return toInterview(await client.updateInterview(id.nativeId, params));
    },
  };
}

function assertInterviewId(id: GlobalId): void {
  if (id.provider !== Provider.DRVN || id.type !== "interview") {
    throw new InvalidIdError(id.id, "expected a drvn:interview id", ["id"]);
  }
}
