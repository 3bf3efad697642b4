// The schema index: every feature's tables, for drizzle-kit (drizzle.config.ts) only. The db client needs no
// schema (no relational queries), so db/ imports no feature.
export * from "./auth/schema";
export * from "./orgs/schema";
export * from "./portfolio/schema";
export * from "./admin/schema";
export * from "./email/schema";
export * from "./leases/schema";
export * from "./leases/revision/schema";
export * from "./rooms/schema";
export * from "./rent/schema";
export * from "./listings/schema";
export * from "./documents/schema";
export { idempotencyKeys } from "./lib/idempotency";
export * from "./dossier/schema";
export * from "./applications/schema";
export * from "./maintenance/schema";
export * from "./expenses/schema";
export * from "./privacy/schema";
export * from "./exports/schema";
