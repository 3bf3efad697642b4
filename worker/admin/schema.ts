/** The admin feature's tables: the audit log, defined in lib/ because every feature writes it. */
export { auditLog } from "../lib/audit";
