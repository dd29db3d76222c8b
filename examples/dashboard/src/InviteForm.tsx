import { useMutation } from "@apollo/client";
import { useState, type FormEvent } from "react";
import { INVITE } from "./operations";

/** Invites this candidate to one more assessment, e.g. `imocha:test:1001` or `xobin:assessment:53280`. */
export function InviteForm({ candidate, onDone }: { candidate: { name: string; email: string }; onDone: (errors: ReadonlyArray<{ message: string }>) => void }) {
  const [assessmentId, setAssessmentId] = useState("");
  const [invite, { loading }] = useMutation(INVITE);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await invite({ variables: { input: { assessmentId: assessmentId.trim(), candidate } } });
    onDone(res.data?.inviteCandidate.userErrors ?? []);
  };
  return (
    <form onSubmit={submit} className="invite">
      <input aria-label="assessment id" placeholder="assessment id, e.g. imocha:test:1001" value={assessmentId} onChange={(e) => setAssessmentId(e.target.value)} />
      <button type="submit" disabled={loading || !assessmentId.trim()}>
        Invite
      </button>
    </form>
  );
}
