import { Provider, PROVIDER_NAMES } from "../domain/enums";
import { PROVIDERS, providerSettings } from "./providers";
import { defaultText, type Setting, type SettingTable } from "./setting";
import { AUTH, CALLBACKS_AND_POLLING, HTTP_TIMEOUTS, INBOUND, LOGS_AND_TRACES, SERVER, STATE, UPSTREAM } from "./settings";

// The README's configuration table, generated from the declarations (`npm run config:emit`; `npm test` fails when
// the README differs, see src/print-config-table.ts).

type Row = readonly [name: string, setting: Setting<unknown>];

const rows = (table: SettingTable): Row[] => Object.entries(table);
const providerRows = (provider: Provider): Row[] => providerSettings(PROVIDERS[provider]).map((s) => [s.name, s]);

/** The sections in README order. */
function sections(): [title: string, rows: Row[]][] {
  return [
    ["Server", rows(SERVER)],
    ...Object.values(Provider).map((p): [string, Row[]] => [`Provider: ${PROVIDER_NAMES[p]}`, providerRows(p)]),
    ["Caller authentication", rows(AUTH)],
    ["Provider calls", rows(UPSTREAM)],
    ["Browsers and inbound limits", rows(INBOUND)],
    ["Slow clients", rows(HTTP_TIMEOUTS)],
    ["Logs and traces", rows(LOGS_AND_TRACES)],
    ["Shared state and the record", rows(STATE)],
    ["Callbacks and polling", rows(CALLBACKS_AND_POLLING)],
  ];
}

function cell(text: string): string {
  // A `|` would end the cell, even inside backticks, and a newline the row.
  if (/[|\n]/.test(text)) throw new Error(`a configuration table cell may not hold "|" or a newline: ${text}`);
  return text;
}

export function configTable(): string {
  const lines = ["| variable | meaning | accepts | default |", "|---|---|---|---|"];
  for (const [title, section] of sections()) {
    lines.push(`| **${title}** | | | |`);
    for (const [name, s] of section) lines.push(`| \`${name}\` | ${cell(s.description)} | ${cell(s.accepts)} | ${cell(defaultText(s))} |`);
  }
  return `${lines.join("\n")}\n`;
}

export const TABLE_START = "<!-- config-table:start -->";
export const TABLE_END = "<!-- config-table:end -->";

/** `readme` with the text between the markers replaced by the generated table; throws when a marker is missing. */
export function withConfigTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${TABLE_START} and ${TABLE_END}`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${configTable()}${readme.slice(end)}`;
}
