export { Node } from "./node";
export { Candidate } from "./candidate";
export { Grader } from "./grader";
export { Assessment } from "./assessment";
export { Invite } from "./invite";
export { Interview } from "./interview";
export { InviteResult, SectionScore } from "./result";
export * from "./invite-details";
export * from "./interview-details";
