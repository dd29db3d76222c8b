import { useState, type FormEvent } from "react";
import { CandidateView, type Lookup } from "./CandidateView";

/** A lookup form (email or the ATS's own id) above the candidate it finds. */
export function App({ apiUrl, initial }: { apiUrl: string; initial: { email: string; externalId: string } }) {
  const [draft, setDraft] = useState(initial.email || initial.externalId);
  const [lookup, setLookup] = useState<Lookup | null>(toLookup(initial.email || initial.externalId));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setLookup(toLookup(draft));
  };
  return (
    <main>
      <header>
        <h1>Candidate</h1>
        <span className="api">{apiUrl}</span>
      </header>
      <form onSubmit={submit} className="lookup">
        <input aria-label="email or external id" placeholder="email or external id" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">Open</button>
      </form>
      {lookup && <CandidateView key={lookup.email ?? lookup.externalId} lookup={lookup} />}
    </main>
  );
}

function toLookup(value: string): Lookup | null {
  const v = value.trim();
  if (!v) return null;
  return v.includes("@") ? { email: v } : { externalId: v };
}
