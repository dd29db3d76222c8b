import type { DashboardCandidateQuery } from "./__generated__/graphql";

type Interview = NonNullable<DashboardCandidateQuery["candidate"]>["interviews"][number];

const DAY_MS = 86_400_000;
const nextDay = (iso: string | null | undefined) => new Date((iso ? Date.parse(iso) : Date.now()) + DAY_MS).toISOString();

export function InterviewTable({ interviews, onReschedule }: { interviews: Interview[]; onReschedule: (id: string, startAt: string, endAt: string) => void }) {
  if (!interviews.length) return null;
  return (
    <table>
      <caption>Interviews</caption>
      <thead>
        <tr>
          <th>provider</th>
          <th>status</th>
          <th>starts</th>
          <th>where</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {interviews.map((i) => (
          <tr key={i.id} data-testid={`interview-${i.id}`}>
            <td>{i.provider}</td>
            <td title={i.providerStatus ?? undefined}>{i.status}</td>
            <td data-testid={`starts-${i.id}`}>{i.startAt ?? "—"}</td>
            <td>{i.location ?? "—"}</td>
            <td>
              <button type="button" data-testid={`reschedule-${i.id}`} onClick={() => onReschedule(i.id, nextDay(i.startAt), nextDay(i.endAt))}>
                Move one day later
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
