/** One application as the example ATS stores it: the invite is only a hiregraph global id. */
export interface ApplicationRecord {
  readonly id: string;
  readonly candidateName: string;
  readonly jobTitle: string;
  readonly stage: "SCREENING" | "ASSESSMENT" | "INTERVIEW" | "OFFER" | "REJECTED";
  readonly inviteId: string | null;
}

/**
 * Demo applications pointing at invites of hiregraph's sandbox data, so a local supergraph answers
 * with zero configuration. Two applications share one invite (batching removes the duplicate fetch),
 * and `app-106` points at an invite the provider does not have (a partial-failure example).
 */
export const DEMO_APPLICATIONS: readonly ApplicationRecord[] = [
  { id: "app-101", candidateName: "Mei Chen", jobTitle: "Frontend Engineer", stage: "INTERVIEW", inviteId: "imocha:invite:2932952" },
  { id: "app-102", candidateName: "Maya Thompson", jobTitle: "Customer Support Specialist", stage: "ASSESSMENT", inviteId: "alfaone:invite:8e2f4a61-3b5c-4d7e-9f10-2a3b4c5d6e7f" },
  { id: "app-103", candidateName: "Sofia Alvarez", jobTitle: "Senior Data Engineer", stage: "OFFER", inviteId: "xobin:ai-invite:7403" },
  { id: "app-104", candidateName: "Mei Chen", jobTitle: "Full-Stack Engineer", stage: "INTERVIEW", inviteId: "imocha:invite:2932952" },
  { id: "app-105", candidateName: "Tomás Silva", jobTitle: "Backend Engineer", stage: "SCREENING", inviteId: null },
  { id: "app-106", candidateName: "Noor Haddad", jobTitle: "QA Engineer", stage: "ASSESSMENT", inviteId: "imocha:invite:999" },
];
