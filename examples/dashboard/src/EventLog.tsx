import type { DashboardInviteEventsSubscription } from "./__generated__/graphql";

type Event = DashboardInviteEventsSubscription["inviteEvents"];

/** The newest events first, as they arrive over the subscription. */
export function EventLog({ events }: { events: Event[] }) {
  return (
    <section aria-label="live events">
      <h3>Live events</h3>
      {events.length === 0 ? (
        <p className="meta">Waiting for changes…</p>
      ) : (
        <ol data-testid="events">
          {events.map((e) => (
            <li key={e.id}>
              {e.inviteId}: {e.previousStatus ?? "—"} → {e.status} ({e.origin.toLowerCase()}, {new Date(e.occurredAt).toLocaleTimeString()})
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
