import type { Provider } from "../domain/enums";
import { parseGlobalId, type GlobalId, type IdFormats } from "../domain/ids";
import { PROVIDER_SETTINGS } from "./settings";

/** Each provider's id types and native id formats, as its module declares them. */
export const ID_FORMATS: IdFormats = Object.fromEntries(Object.values(PROVIDER_SETTINGS).map((s) => [s.provider, s.ids])) as IdFormats;

/**
 * Parses and validates a global id (`<provider>:<type>:<nativeId>`); throws InvalidIdError naming what is wrong.
 * @example parseId("imocha:invite:2932950") // { provider: "IMOCHA", type: "invite", nativeId: "2932950", id: "imocha:invite:2932950" }
 */
export function parseId(value: string, expected?: { provider?: Provider; types?: readonly string[] }): GlobalId {
  return parseGlobalId(ID_FORMATS, value, expected);
}
