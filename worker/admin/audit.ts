/** @deprecated import from lib/audit (features may not import another feature's modules besides schema/contract). */
export { auditEntry } from "../lib/audit";
