import type { DashboardInviteFragment } from "./__generated__/graphql";

/** Statuses after which there is nothing left to withdraw. */
const FINAL = new Set(["COMPLETED", "EXPIRED", "REVOKED", "CANCELLED", "ABANDONED", "TERMINATED"]);

function result(invite: DashboardInviteFragment): string {
  const r = invite.result;
  if (!r || r.score == null) return "—";
  if (r.percent != null) return `${r.percent.toFixed(0)} %`;
  return r.maxScore != null ? `${r.score} / ${r.maxScore}` : `${r.score} (scale not published)`;
}

export function InviteTable({ invites, onWithdraw }: { invites: DashboardInviteFragment[]; onWithdraw: (id: string) => void }) {
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
            <td>
              {result(i)}
              {i.result?.recommendation && <small> · {i.result.recommendation}</small>}
            </td>
            <td>
              {i.inviteUrl && <a href={i.inviteUrl}>invite</a>} {(i.result?.reportUrl ?? i.reportUrl) && <a href={(i.result?.reportUrl ?? i.reportUrl)!}>report</a>}
            </td>
            <td title={i.source}>{new Date(i.fetchedAt).toLocaleTimeString()}</td>
            <td>
              {!FINAL.has(i.status) && (
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
