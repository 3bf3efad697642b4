/**
 * Every `code` the API may put in a problem. Stable: clients (our UI, generated clients) match on them,
 * and the OpenAPI document lists them as the `Problem.code` enum. Add a code here before throwing it.
 */
export const PROBLEM_CODES = [
  // generic
  "invalid_input",
  "bad_request",
  "not_found",
  "unauthorized",
  "forbidden",
  "conflict",
  "too_large",
  "unsupported_media_type",
  "image_too_large",
  "unreadable_image",
  "rate_limited",
  "internal",
  // sessions and accounts
  "session_ended",
  "user_banned",
  "invalid_credentials",
  "invalid_token",
  "link_expired",
  "email_taken",
  "refresh_token_reused",
  "csrf",
  "oidc_state",
  "oidc_token",
  "oidc_exchange",
  "oidc_unverified_email",
  "email_unverified",
  "weak_password",
  // orgs and teams
  "no_org",
  "org_required",
  "org_disabled",
  "already_member",
  "invitation_used",
  "invitation_expired",
  "invitation_email_mismatch",
  "last_owner",
  // erasure (issue 16 §3: worker/auth/erasure.ts, worker/orgs/closure.ts)
  "wrong_password",
  "reauthentication_required",
  "close_org_first",
  // org settings (worker/orgs/settings-rules.ts) and what needs them
  "invalid_iban",
  "invalid_bic",
  "invalid_siret",
  "invalid_postcode",
  "invalid_country",
  "unknown_country",
  "invalid_currency",
  "invalid_timezone",
  "org_identity_missing",
  // portfolio and leases
  "unit_taken",
  "already_on_lease",
  "lease_ended",
  "lease_started",
  "last_renter",
  "read_only",
  "lease_required",
  "has_money_records",
  // rent revision (IRL, loi n° 89-462 art. 17-1)
  "rent_revision_not_applicable",
  "rent_revision_no_clause",
  "rent_revision_not_due",
  "rent_revision_done",
  "rent_revision_stale",
  "rent_revision_frozen",
  "rent_index_missing",
  "no_rent_revision",
  // rent and payments
  "idempotency_key_required",
  "idempotency_key_reused",
  "idempotency_in_progress",
  "nothing_due",
  "not_paid",
  "own_entry",
  "pending_confirmation",
  "already_posted",
  "already_confirmed",
  "already_rejected",
  "invalid_signature",
  "amount_not_payable",
  "date_out_of_range",
  "place_name_without_letter",
  // agreements
  "not_editable",
  "not_ready",
  "already_rendered",
  "not_out_for_signature",
  "renters_first",
  "wrong_side",
  "already_signed",
  "no_renters",
  "not_a_pdf",
  "stale",
  "incomplete",
  "unprintable_text",
  // marketplace
  "listing_closed",
  "rooms_taken",
  "no_place_left",
  "room_full",
  "already_applied",
  "dossier_incomplete",
  "illegal_transition",
  "not_accepted",
  "too_many_documents",
  "too_many_guarantors",
  "too_many_photos",
  "places_have_applications",
  "unknown_renter",
  "listing_incomplete",
  // French rental law (worker/lib/french-lease-law.ts `LEASE_LAW_CODES`)
  "lease_too_short",
  "student_lease_duration",
  "mobility_duration",
  "deposit_above_cap",
  "mobility_deposit",
  "flat_charges_unfurnished",
  "mobility_flat_charges",
  // a pro-rated first or last month above one month's rent (worker/lib/lease-law-problem.ts)
  "partial_month_above_rent",
  // An agreement and its lease (worker/documents/lease-terms.ts)
  "agreement_contradicts_lease",
  "annexes_missing",
  // an apartment's currency under a lease or a listing (worker/portfolio/service.ts)
  "currency_locked",
  // What a dossier lacks for a listing: one code per item of a 422 `dossier_incomplete` (worker/applications/requirements.ts)
  "profile_field_missing",
  "document_missing",
  "guarantors_missing",
  "guarantor_documents_missing",
  // money first (issue 14): a payment's day received after today in the org's time zone
  "received_in_future",
  // expenses and owner statements (issue 15 §6–7, worker/expenses)
  "apartment_not_in_property",
  "incurred_in_future",
  "no_logged_costs",
  "request_not_on_property",
  // maintenance requests (issue 15, worker/maintenance)
  "reopen_window_closed",
  "visit_required",
  "already_rated",
  "not_resolved",
  "assignee_not_member",
  // a bail mobilité without its reason (loi n° 89-462 art. 25-13; worker/lib/mobility-reasons.ts)
  "mobility_reason_required",
  // a lease's charges changed by someone else since they were read (worker/leases/charges.ts)
  "lease_charges_changed",
  // who the org is in law (issue 13 §1, worker/lib/landlord-identity.ts) and what its leases follow from it
  "company_number_needs_company",
  "family_company_needs_company",
  "representative_needs_company",
  "landlord_kind_contradicts_org",
  // an agreement's template that does not fit its lease (kind, language): worker/documents
  "template_mismatch",
  // a French lease at rent 0 (worker/lib/french-lease-law.ts `rentViolations`)
  "rent_required",
  // a payment received before its lease started (issue 14 follow-up, worker/rooms/payment-audit.ts)
  "received_before_lease",
  // platform admin console (issue 16 §1, worker/admin): an admin action without its reason; a banned sign-in
  "reason_required",
  "account_banned",
  // a maintenance request's logged costs recorded as an expense a second time (issue 15 §6, worker/expenses)
  "expense_already_recorded",
  // a payment for a month its lease does not cover (issue 14 tester, worker/rooms/payment-audit.ts)
  "period_outside_lease",
  // a second payment for a month while one waits for confirmation (issue 14 tester, worker/rooms/pending-payment.ts)
  "payment_pending",
  // maintenance lifecycle and data gaps a fresh tester found (issue 15, worker/maintenance)
  "currency_mismatch",
  "costs_finished",
  "costs_recorded",
  "reopen_window_open",
  "one_assignee",
  // more photos than one message takes (issue 15 §1/§5, worker/maintenance MAX_PHOTOS_PER_MESSAGE)
  "too_many_photos_per_message",
  // the same contractor added twice to an org's vendors (issue 15 §2, worker/maintenance/routes.ts)
  "vendor_exists",
  // a partial payment's receipt (loi 89-462 art. 21) asked for a period paid in full or not paid at all (worker/rent)
  "not_partly_paid",
  // a move-in date before today on the place's calendar (issue 14 renter findings, worker/applications/service.ts)
  "move_in_in_past",
  // a person's data export (issue 16 §3, worker/exports/service.ts): one at a time, one a day
  "export_in_progress",
  "export_too_soon",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
