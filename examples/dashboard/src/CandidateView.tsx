import { useMutation, useQuery, useSubscription } from "@apollo/client";
import { useState } from "react";
import type { DashboardInviteEventsSubscription } from "./__generated__/graphql";
import { EventLog } from "./EventLog";
import { InterviewTable } from "./InterviewTable";
import { InviteForm } from "./InviteForm";
import { InviteTable } from "./InviteTable";
import { CANDIDATE, INVITE_EVENTS, RESCHEDULE, WITHDRAW } from "./operations";

export type Lookup = { email: string; externalId?: never } | { externalId: string; email?: never };
type Event = DashboardInviteEventsSubscription["inviteEvents"];

/**
 * One candidate across providers. Live: each event's invite lands in Apollo's normalised cache, so its row
 * updates in place; an event for an invite the page has not seen refetches the profile.
 */
export function CandidateView({ lookup }: { lookup: Lookup }) {
  const { data, loading, error, refetch } = useQuery(CANDIDATE, { variables: lookup });
  const [events, setEvents] = useState<Event[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const profile = data?.candidate;
  const withdrawable = new Set(data?.providers.filter((p) => p.capabilities.includes("WITHDRAW_INVITE")).map((p) => p.provider));
  const filter = lookup.email ? { candidateEmail: lookup.email } : { externalId: lookup.externalId };
  useSubscription(INVITE_EVENTS, {
    variables: { filter },
    onData: ({ data: next }) => {
      const event = next.data?.inviteEvents;
      if (!event) return;
      setEvents((list) => [event, ...list].slice(0, 20));
      if (!profile?.invites.some((i) => i.id === event.inviteId)) void refetch();
    },
  });
  const [withdraw] = useMutation(WITHDRAW);
  const [reschedule] = useMutation(RESCHEDULE);
  const report = (errors: ReadonlyArray<{ message: string }> | undefined) => setMessage(errors?.length ? errors.map((e) => e.message).join("; ") : null);

  if (loading) return <p>Loading…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  if (!profile) return <p role="status">hiregraph knows no such candidate.</p>;
  return (
    <section>
      <h2 data-testid="candidate-name">{profile.name ?? profile.email}</h2>
      <p className="meta">
        {profile.email} {profile.externalIds.length > 0 && <>· external ids {profile.externalIds.join(", ")}</>}
      </p>
      {message && <p role="alert">{message}</p>}
      <InviteTable
        invites={profile.invites}
        withdrawable={withdrawable}
        onWithdraw={async (id) => report((await withdraw({ variables: { id } })).data?.withdrawInvite.userErrors)}
      />
      <InterviewTable
        interviews={profile.interviews}
        onReschedule={async (id, startAt, endAt) => report((await reschedule({ variables: { id, startAt, endAt } })).data?.updateInterview.userErrors)}
      />
      {profile.email && <InviteForm candidate={{ name: profile.name ?? "", email: profile.email }} onDone={(errors) => (report(errors), void refetch())} />}
      <EventLog events={events} />
    </section>
  );
}
