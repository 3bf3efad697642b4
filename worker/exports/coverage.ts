/**
 * Which tables the privacy export covers (issue 16 §3; GDPR art. 15 and 20: the export must be complete), held
 * to the schema by tests/unit/export-completeness-unit: every table with a column naming a user must be in one
 * of these two lists.
 */
/**
 * The tables the export reads (the queries above), by SQL name. With `NOT_EXPORTED` it must cover every table
 * that has a column naming a user: tests/unit/export-completeness-unit reads the schema and fails otherwise.
 */
export const EXPORTED_TABLES = [
  "users",
  "renter_profiles",
  "sessions",
  "auth_tokens",
  "memberships",
  "invitations",
  "data_exports",
  "leases",
  "lease_renters",
  "ledger_entries",
  "payments",
  "rent_revisions",
  "activities",
  "room_reads",
  "applications",
  "application_status_history",
  "guarantors",
  "dossier_documents",
  "listings",
  "documents",
  "signatures",
  "maintenance_requests",
  "maintenance_request_history",
  "maintenance_comments",
  "maintenance_photos",
  "maintenance_costs",
  "expenses",
  "audit_log",
] as const;

/** Tables with a column naming a user that the export leaves out on purpose, and why. */
export const NOT_EXPORTED: Record<string, string> = {
  // Every refresh token issued, stored hashed (`replaced_by` names the next token's hash, not a user): secrets
  // of the sign-in, never handed out; the sessions (devices) they belong to are exported.
  refresh_tokens: "hashed refresh tokens are secrets; their sessions are exported",
  // Which open WebSocket is whose, written on connect and deleted on close: transient plumbing, holds
  // session ids only, and is empty whenever the person is not connected (the sessions are exported).
  room_connections: "transient socket registry, deleted when the socket closes",
  // A 24-hour replay cache of API responses keyed by the client's Idempotency-Key: a copy of answers the
  // person already received, not a record of its own; purged after a day.
  idempotency_keys: "24-hour replay cache of API responses already given",
  // INSEE's published IRL values (public reference data); `updated_by` only names the platform admin who typed
  // a value in, and that action is in their exported audit log.
  rent_index_values: "public INSEE index values; the editor's action is in their audit log",
};
