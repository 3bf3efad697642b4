/**
 * Retention as data (issue 16 §4): what Rentline keeps, how long, from which event, and why. This file is the
 * public half of the rules, shared by the daily purge (worker/privacy/retention.ts, which pairs every id with
 * its purge function and refuses to compile if one is missing) and the public privacy page (app/routes/privacy.tsx,
 * which words each id, event and legal source in the reader's language from the `privacy` catalogue).
 * Nothing here is a sentence: ids, ISO 8601 durations and codes only. No zod here: the page's browser code
 * imports it (issue 17 §5); ./contract.ts re-exports it with the queue's message schema.
 */

/**
 * A retention period: an ISO 8601 duration of whole days, months or years (`P90D`, `P12M`, `P10Y`; `P0D`:
 * as soon as the event happened). Months and years are calendar months and years in UTC.
 */
export type RetentionPeriod = `P${number}${"D" | "M" | "Y"}`;

/** The event a period starts at; the privacy page words each one (`privacy.events.<event>`). */
export type RetentionEvent =
  | "expired_or_used"
  | "session_ended"
  | "created"
  | "withdrawn_or_rejected"
  | "lease_ended"
  | "entry_written"
  | "day_archived"
  | "export_ready"
  | "org_closed";

/** The legal sources the rules cite; the privacy page names each one (`privacy.sources.<source>`). */
export type LegalSource =
  /** GDPR art. 5(1)(e): storage limitation, kept no longer than the purpose needs. */
  | "gdpr_5_1_e"
  /** GDPR art. 6(1)(b): performance of a contract (the account, the lease). */
  | "gdpr_6_1_b"
  /** GDPR art. 6(1)(f): legitimate interests (security, proof of what was done). */
  | "gdpr_6_1_f"
  /** GDPR art. 32: security of processing (sessions, one-time links). */
  | "gdpr_32"
  /** CNIL, référentiel « gestion locative » (2021): unsuccessful candidates' files 3 months at most; tenants' data for the lease and the limitation periods after it. */
  | "cnil_gestion_locative"
  /** Code civil art. 2224: the 5-year limitation period for personal actions (claims over a lease). */
  | "code_civil_2224"
  /** Code de commerce art. L123-22: accounting records and supporting documents kept 10 years. */
  | "code_commerce_l123_22"
  /** Livre des procédures fiscales art. L102 B: the records behind tax returns (rental income) kept 6 years. */
  | "lpf_l102_b";

/** One rule as the public sees it: what (by id), how long, from which event, on which legal grounds. */
export type RetentionPolicy = {
  /** A stable id (snake_case): the key of its words in the `privacy` catalogue and of its purge. */
  id: string;
  period: RetentionPeriod;
  from: RetentionEvent;
  sources: readonly LegalSource[];
};

/**
 * Every rule, in the order the privacy page lists them. Adding a rule: its row here, its purge in
 * worker/privacy/retention.ts (the compiler asks for it), its words in every `privacy` catalogue (the French
 * one is typed by these ids), and a controlled-clock test in tests/integration/retention-integration.test.ts.
 */
export const RETENTION_POLICY = [
  // Applications that did not lead to a lease: the CNIL's 3 months for candidates' files.
  {
    id: "application_closed",
    period: "P90D",
    from: "withdrawn_or_rejected",
    sources: ["cnil_gestion_locative", "gdpr_5_1_e"],
  },
  // The renter's file as applied, while the lease runs and a year after (move-out, deposit, last charges).
  {
    id: "application_confirmed",
    period: "P12M",
    from: "lease_ended",
    sources: ["cnil_gestion_locative", "gdpr_6_1_b", "gdpr_5_1_e"],
  },
  { id: "sessions", period: "P30D", from: "session_ended", sources: ["gdpr_32", "gdpr_6_1_f"] },
  { id: "one_time_links", period: "P0D", from: "expired_or_used", sources: ["gdpr_32", "gdpr_5_1_e"] },
  { id: "idempotency_keys", period: "P1D", from: "created", sources: ["gdpr_5_1_e"] },
  { id: "dev_mail", period: "P7D", from: "created", sources: ["gdpr_5_1_e"] },
  // D1 keeps 13 months of the audit trail (a year of look-back for owners), only once the day is in the archive.
  { id: "audit_log_database", period: "P13M", from: "entry_written", sources: ["gdpr_6_1_f", "gdpr_5_1_e"] },
  {
    id: "audit_archive",
    period: "P10Y",
    from: "day_archived",
    sources: ["code_commerce_l123_22", "code_civil_2224", "gdpr_6_1_f"],
  },
  // A person's data export (GDPR art. 15, 20): the ZIP and its link live 7 days (worker/exports).
  { id: "export_zips", period: "P7D", from: "export_ready", sources: ["gdpr_5_1_e"] },
  // A closed org's data (worker/erasure/purge.ts): 6 years for a landlord in their own name (LPF L102 B), 10 for a
  // company (Code de commerce L123-22); the longer one is the rule's bound, each org's date is set when it closes.
  {
    id: "closed_orgs",
    period: "P10Y",
    from: "org_closed",
    sources: ["lpf_l102_b", "code_commerce_l123_22", "code_civil_2224"],
  },
] as const satisfies readonly RetentionPolicy[];

/** The id of one of the rules above. */
export type RetentionRuleId = (typeof RETENTION_POLICY)[number]["id"];

/** A period's parts: `P90D` → `{ amount: 90, unit: "days" }`. */
export function periodParts(period: RetentionPeriod): { amount: number; unit: "days" | "months" | "years" } {
  const match = /^P(\d+)([DMY])$/.exec(period);
  if (!match) throw new Error(`Not a retention period: ${period}`);
  const unit = match[2] === "D" ? "days" : match[2] === "M" ? "months" : "years";
  return { amount: Number(match[1]), unit };
}
