import type { ColumnType, Generated } from "kysely";

/** Row types of the record's tables (see migrations.ts for the SQL). */
export interface InviteRow {
  /** Global id, e.g. `imocha:invite:2932950`. */
  id: string;
  provider: string;
  status: string;
  provider_status: string | null;
  /** Lower-cased, so filters by email ignore case. */
  candidate_email: string | null;
  candidate_name: string | null;
  external_id: string | null;
  invite_url: string | null;
  /** The whole normalised invite as JSON text (portable between PGlite and PostgreSQL). */
  state: string;
  fetched_at: Date;
  /** A final state is never polled again. */
  final: boolean;
  /** When the poller may next read this invite. */
  poll_after: Date | null;
  /** Consecutive failed polls, for backoff. */
  poll_failures: ColumnType<number, number | undefined, number>;
  updated_at: Date;
}

export interface InterviewRow {
  id: string;
  provider: string;
  status: string;
  candidate_email: string | null;
  candidate_name: string | null;
  external_id: string | null;
  state: string;
  fetched_at: Date;
  updated_at: Date;
}

export interface InviteEventRow {
  /** The monotonic cursor (bigserial). Read back as a string or number depending on the driver. */
  seq: Generated<string>;
  invite_id: string;
  provider: string;
  previous_status: string | null;
  status: string;
  provider_status: string | null;
  occurred_at: Date;
  recorded_at: Date;
  origin: string;
  candidate_email: string | null;
  external_id: string | null;
}

/** Callback deliveries already recorded, so a repeat is acknowledged without a second change. */
export interface CallbackDeliveryRow {
  key: string;
  invite_id: string;
  received_at: Date;
}

export interface Tables {
  invites: InviteRow;
  interviews: InterviewRow;
  invite_events: InviteEventRow;
  callback_deliveries: CallbackDeliveryRow;
}
