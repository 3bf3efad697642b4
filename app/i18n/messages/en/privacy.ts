import type { Messages } from "../shape";

export const privacy: Messages["privacy"] = {
  pageTitle: "Your data at Rentline",
  description: "Who handles your data, how long we keep it and why, and how to use your rights.",
  intro:
    "Rentline is for renting a home and managing it. This is what we keep, for how long, and on what grounds. The table below is the one our daily job enforces: it cannot say anything other than what the service does.",
  controllerTitle: "Who is responsible",
  controller:
    "{operator}, the publisher of rentline.app, is the controller of your account data (identity, sign-in, renter dossier). For rentals, the landlord or agency managing the home is the controller of its renters' and applicants' data; Rentline processes it on their behalf (GDPR art. 28).",
  contact:
    "To use your rights or ask about your data, write to <link>{address}</link>. About a rental, you may also write to the landlord or agency: Rentline passes on what is theirs to answer.",
  rightsTitle: "Your rights",
  rights:
    "You can get a copy of your data (GDPR art. 15 and 20) and ask for it to be erased (art. 17) from your account. You correct your profile and dossier yourself at any time (art. 16). You can also complain to the CNIL, the French data protection authority (art. 77).",
  accountLink: "My account: copy and erasure of my data",
  cnilLink: "Complain to the CNIL",
  tableTitle: "How long we keep what",
  howLong: "How long",
  from: "Counted from",
  why: "Why",
  basis: "Grounds",
  periodDays: "{amount, plural, =0 {None: deleted at once} one {# day} other {# days}}",
  periodMonths: "{amount, plural, one {# month} other {# months}}",
  periodYears: "{amount, plural, one {# year} other {# years}}",
  events: {
    expired_or_used: "when the link expires or is used",
    session_ended: "the end of the session (expiry or sign-out)",
    created: "when it was made",
    withdrawn_or_rejected:
      "when the application is withdrawn or rejected, or accepted if the first payment never follows",
    lease_ended: "the last day of the lease",
    entry_written: "when the action was recorded",
    day_archived: "the day of the action, once archived",
    export_ready: "the export being ready",
    org_closed: "the organization closing",
  },
  sources: {
    gdpr_5_1_e: "GDPR art. 5(1)(e): storage limitation",
    gdpr_6_1_b: "GDPR art. 6(1)(b): performance of a contract",
    gdpr_6_1_f: "GDPR art. 6(1)(f): legitimate interests (security, proof)",
    gdpr_32: "GDPR art. 32: security of processing",
    cnil_gestion_locative: "CNIL, “gestion locative” (rental management) guidelines (2021)",
    code_civil_2224: "French Civil Code art. 2224: 5-year limitation period",
    code_commerce_l123_22: "French Commercial Code art. L123-22: accounting records, 10 years",
    lpf_l102_b: "Livre des procédures fiscales art. L102 B: records behind rental income, 6 years",
  },
  rules: {
    application_closed: {
      what: "Applications that were not accepted",
      why: "The application (the profile as sent, the chosen guarantors, the message) and the landlord's access to your dossier. The CNIL limits keeping unsuccessful applicants' files to 3 months. Your own dossier stays yours.",
    },
    application_confirmed: {
      what: "Accepted applications",
      why: "Kept while the lease runs and a year after, for moving out, the deposit and the final charges. The lease, receipts and accounts follow their own rules.",
    },
    sessions: {
      what: "Sign-in sessions",
      why: "To spot a suspicious access to your account after the fact.",
    },
    one_time_links: {
      what: "One-time links (email confirmation, forgotten password, invitations)",
      why: "A used or expired link serves no purpose: it is deleted.",
    },
    idempotency_keys: {
      what: "Duplicate-payment guards",
      why: "To stop a repeated request from paying twice; useless after a day.",
    },
    dev_mail: {
      what: "Test mailbox (not in production)",
      why: "Emails of the test environments are only for trying things out.",
    },
    audit_log_database: {
      what: "Audit log, online",
      why: "Thirteen months of history landlords can search, then the action stays only in the archive. Nothing leaves the database before it is archived.",
    },
    audit_archive: {
      what: "Audit log archive",
      why: "To prove who did what (confirmed payments, leases, admin actions) for as long as accounting records are kept.",
    },
    export_zips: {
      what: "Exports of your data (ZIP file)",
      why: "The download link sent by email works for 7 days; then the file is deleted. You can ask for a new one.",
    },
    closed_orgs: {
      what: "A closed organization’s data",
      why: "Leases, accounts and receipts stay available for a tax audit or a dispute: 6 years for a landlord in their own name, 10 for a company, then everything is deleted.",
    },
  },
};
