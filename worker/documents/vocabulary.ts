/**
 * What the agreement editor needs in the browser (issue 17 §5), without zod, tables or the server's errors:
 * the special clauses' limits and the French-law reading of an agreement's fields (./law.ts), so the document
 * page does not ship the documents contract. ./contract.ts re-exports them; ./fields.ts checks the
 * clauses' limits (./clause-limits.ts).
 */

export { MAX_CLAUSE_LENGTH, MAX_CLAUSES } from "./clause-limits";
export { agreementKind, agreementViolations, isFurnishedTemplate } from "./law";
