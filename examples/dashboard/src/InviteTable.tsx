import type { DashboardInviteFragment } from "./__generated__/graphql";

/** Statuses after which there is nothing left to withdraw. */
const FINAL = new Set(["COMPLETED", "EXPIRED", "REVOKED", "CANCELLED", "ABANDONED", "TERMINATED"]);

function result(invite: DashboardInviteFragment): string {
  const r = invite.result;
  if (!r || r.score == null) return "—";
  if (r.percent != null) return `${r.percent.toFixed(0)} %`;
  return r.maxScore != null ? `${r.score} / ${r.maxScore}` : `${r.score} (scale not published)`;
}

/** The one provider-specific fact worth a glance in a table; the rest is in `details`. */
function detail(invite: DashboardInviteFragment): string | null {
  const d = invite.details;
  switch (d?.__typename) {
    case "ImochaInviteDetails":
      return d.performanceCategory ?? null;
    case "XobinAiInterviewDetails":
      return d.integrityScore != null ? `integrity ${d.integrityScore}/10` : null;
    case "XobinAssessmentDetails":
      return d.cutOff != null ? `cut-off ${d.cutOff}` : null;
    case "AlfaOneInviteDetails":
      return d.acceptedAt ? `accepted ${new Date(d.acceptedAt).toLocaleDateString()}` : null;
    default:
      return null;
  }
}

interface Props {
  invites: DashboardInviteFragment[];
  /** Providers whose invites can be taken back (capability WITHDRAW_INVITE). */
  withdrawable: ReadonlySet<string>;
  onWithdraw: (id: string) => void;
}

export function InviteTable({ invites, withdrawable, onWithdraw }: Props) {
  if (!invites.length) return <p>No invites recorded.</p>;
  return (
    <table>
      <caption>Invites</caption>
      <thead>
        <tr>
          <th>provider</th>
          <th>assessment</th>
          <th>status</th>
          <th>result</th>
          <th>links</th>
          <th>as of</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {invites.map((i) => (
          <tr key={i.id} data-testid={`invite-${i.id}`}>
            <td>{i.provider}</td>
            <td>{i.assessment?.name ?? i.assessment?.id ?? "—"}</td>
            <td data-testid={`status-${i.id}`} title={i.providerStatus ?? undefined}>
              {i.status}
            </td>
            <td data-testid={`result-${i.id}`}>
              {result(i)}
              {i.result?.recommendation && <small> · {i.result.recommendation}</small>}
              {detail(i) && <small> · {detail(i)}</small>}
            </td>
            <td>
              {i.inviteUrl && <a href={i.inviteUrl}>invite</a>} {(i.result?.reportUrl ?? i.reportUrl) && <a href={(i.result?.reportUrl ?? i.reportUrl)!}>report</a>}
            </td>
            <td title={`${i.source === "RECORD" ? "from hiregraph's record" : "read from the provider"} · ${i.providerId}`}>
              {new Date(i.fetchedAt).toLocaleTimeString()}
            </td>
            <td>
              {withdrawable.has(i.provider) && !FINAL.has(i.status) && (
                <button type="button" data-testid={`withdraw-${i.id}`} onClick={() => onWithdraw(i.id)}>
                  Withdraw
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
