import { applyD1Migrations, type D1Migration } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

/**
 * Migrations on seeded data (STYLE.md: table rebuilds can cascade-delete child rows on D1). For every
 * prefix of the migration list: rebuild the schema up to that migration, seed every table, apply the
 * rest, and check that no row or value was lost, foreign keys still hold, and every migration is recorded.
 * A table this file does not know how to seed fails the test, so new tables get seeded here too.
 */
const migrations: D1Migration[] = env.TEST_MIGRATIONS ?? [];
const db = env.DB;
const T = "2026-01-01T00:00:00.000Z";
const LATER = "2099-01-01T00:00:00.000Z";

/** Tables a migration renamed (old name → new name): their rows must come through under the new name. */
const RENAMED: Record<string, string> = { listing_rooms: "listing_places" };
const renamed = (table: string) => RENAMED[table] ?? table;
/** Columns a migration renamed, per table (old name → new name): seeded under the name the schema has then. */
const RENAMED_COLUMNS: Record<string, Record<string, string>> = { signatures: { role: "side" } };
/** The name `column` (a final-schema name) had in `columns`, when a migration renamed it since. */
const columnIn = (table: string, column: string, columns: Set<string>) =>
  columns.has(column)
    ? column
    : (Object.entries(RENAMED_COLUMNS[table] ?? {}).find(([old, now]) => now === column && columns.has(old))?.[0] ??
      null);
/** A snapshot row with its columns under their final names. */
const withFinalColumns = (table: string, row: string) =>
  JSON.stringify(
    (JSON.parse(row) as [string, unknown][])
      .map(([c, v]): [string, unknown] => [RENAMED_COLUMNS[table]?.[c] ?? c, v])
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/** Seeded under its old name before 0011_listing_places, under its new one after. */
const LISTING_PLACES = [
  {
    id: "lrm-1",
    org_id: "o-1",
    listing_id: "li-1",
    name: "Whole studio",
    capacity: 1,
    rent_amount: 72000,
    filled: 0,
    position: 0,
  },
];

/** Rows for every table, parents first, consistent with the foreign keys. */
const SEED: [table: string, rows: Record<string, unknown>[]][] = [
  [
    "users",
    [
      {
        id: "u-owner",
        email: "owner@seed.test",
        name: "Olive Owner",
        account_type: "landlord",
        password_hash: "pbkdf2-sha256$100000$c2FsdA==$aGFzaA==",
        email_verified_at: T,
        google_sub: null,
        is_platform_admin: 0,
        banned_at: null,
        created_at: T,
      },
      {
        id: "u-staff",
        email: "staff@seed.test",
        name: "Stan Staff",
        account_type: "renter",
        password_hash: null,
        email_verified_at: null,
        google_sub: "google-sub-1",
        is_platform_admin: 1,
        banned_at: null,
        created_at: T,
      },
      {
        id: "u-renter",
        email: "renter@seed.test",
        name: "Rita Renter",
        account_type: "renter",
        password_hash: "pbkdf2-sha256$100000$c2FsdA==$aGFzaA==",
        email_verified_at: T,
        google_sub: null,
        is_platform_admin: 0,
        banned_at: null,
        created_at: T,
      },
    ],
  ],
  [
    "orgs",
    [
      {
        id: "o-1",
        name: "Seed Lettings",
        slug: "seed-lettings",
        phone: "+33 1 23 45 67 89",
        address: "1 Seed St",
        currency: "EUR",
        locale: "fr",
        timezone: "Europe/Paris",
        database: "DB",
        is_disabled: 0,
        disabled_reason: null,
        created_at: T,
        // 0020_org_settings
        legal_name: "SCI Seed",
        legal_form: "SCI",
        legal_kind: "company",
        company_number: "73282932000074",
        postal_code: "69002",
        city: "Lyon",
        address_country: "FR",
        contact_email: "contact@seed.test",
        bank_holder: "SCI Seed",
        bank_iban: "FR7630006000011234567890189",
        bank_bic: "AGRIFRPP",
        logo_key: "orgs/o-1/logo/l-1",
        logo_type: "image/png",
        country: "FR",
      },
    ],
  ],
  [
    "memberships",
    [
      { org_id: "o-1", user_id: "u-owner", role: "owner", created_at: T },
      { org_id: "o-1", user_id: "u-staff", role: "maintenance", created_at: T },
    ],
  ],
  [
    "invitations",
    [
      {
        id: "inv-1",
        org_id: "o-1",
        email: "new@seed.test",
        role: "manager",
        token_hash: "inv-hash",
        invited_by: "u-owner",
        created_at: T,
        expires_at: LATER,
        accepted_at: null,
        accepted_by: null,
      },
    ],
  ],
  [
    "sessions",
    [
      {
        id: "s-1",
        user_id: "u-owner",
        user_agent: "Seed/1.0",
        ip: "203.0.113.9",
        created_at: T,
        last_used_at: T,
        expires_at: LATER,
        revoked_at: null,
        revoked_reason: null,
      },
    ],
  ],
  [
    "refresh_tokens",
    [
      { token_hash: "rt-old", session_id: "s-1", created_at: T, used_at: T, replaced_by: "rt-new" },
      { token_hash: "rt-new", session_id: "s-1", created_at: T, used_at: null, replaced_by: null },
    ],
  ],
  [
    "auth_tokens",
    [
      {
        token_hash: "at-1",
        user_id: "u-owner",
        purpose: "verify_email",
        created_at: T,
        expires_at: LATER,
        used_at: null,
      },
    ],
  ],
  [
    "properties",
    [
      {
        id: "p-1",
        org_id: "o-1",
        name: "Seed House",
        address: "2 Seed St",
        city: "Paris",
        postal_code: "75002",
        // The shape since 0024 (an ISO 3166-1 code); how 0024 converts typed names is its own test below.
        country: "FR",
        created_at: T,
        updated_at: T,
      },
    ],
  ],
  [
    "apartments",
    [
      {
        id: "a-1",
        org_id: "o-1",
        property_id: "p-1",
        unit_number: "1",
        rooms_count: 2,
        rent_amount: 85000,
        currency: "EUR",
        shared_chat: 1,
        created_at: T,
        updated_at: T,
      },
      {
        id: "a-2",
        org_id: "o-1",
        property_id: "p-1",
        unit_number: "2",
        rooms_count: 4,
        rent_amount: 123456,
        currency: "EUR",
        created_at: T,
        updated_at: T,
      },
    ],
  ],
  [
    "audit_log",
    [
      {
        id: "al-1",
        at: T,
        actor_user_id: "u-owner",
        org_id: "o-1",
        action: "user.signup",
        target_type: "user",
        target_id: "u-owner",
        request_id: "req-1",
        ip: "203.0.113.9",
        details: '{"via":"seed"}',
      },
    ],
  ],
  [
    "leases",
    [
      {
        id: "l-1",
        org_id: "o-1",
        apartment_id: "a-1",
        start_date: "2026-01-01",
        end_date: null,
        rent_amount: 85000,
        currency: "EUR",
        due_day: 5,
        deposit_amount: 170000,
        rent_revision_clause: 1,
        rent_index_quarter: "2025-Q2",
        rent_index_base_value: "146.68",
        rent_revised_on: "2027-01-01",
        kind: "furnished",
        landlord_kind: "individual",
        // 0030_lease_charges
        charges_amount: 6000,
        created_by: "u-owner",
        created_at: T,
      },
      {
        id: "l-old",
        org_id: "o-1",
        apartment_id: "a-2",
        start_date: "2024-01-01",
        end_date: "2025-12-31",
        rent_amount: 120000,
        currency: "EUR",
        due_day: 28,
        deposit_amount: null,
        reminders_enabled: 0,
        kind: "unfurnished",
        landlord_kind: "company",
        created_by: "u-owner",
        created_at: T,
      },
    ],
  ],
  [
    "lease_renters",
    [
      {
        id: "lr-1",
        org_id: "o-1",
        lease_id: "l-1",
        apartment_id: "a-1",
        email: "renter@seed.test",
        user_id: "u-renter",
        token_hash: "lr-hash-1",
        invited_at: T,
        expires_at: LATER,
        joined_at: T,
      },
      {
        id: "lr-2",
        org_id: "o-1",
        lease_id: "l-1",
        apartment_id: "a-1",
        email: "co@seed.test",
        user_id: null,
        token_hash: "lr-hash-2",
        invited_at: T,
        expires_at: LATER,
        joined_at: null,
      },
    ],
  ],
  [
    "renter_profiles",
    [
      {
        user_id: "u-renter",
        first_name: "Rita",
        last_name: "Renter",
        phone: "+33 6 12 34 56 78",
        birth_date: "1990-04-02",
        address: "3 Rue Neuve, Paris",
        nationality: "French",
        education: "MSc student",
        budget_amount: 80000,
        budget_currency: "EUR",
        updated_at: T,
      },
    ],
  ],
  [
    "activities",
    [
      {
        id: "ac-1",
        org_id: "o-1",
        apartment_id: "a-1",
        lease_id: "l-1",
        kind: "payment_reported",
        description: "Payment sent for 2026-05",
        amount: 85000,
        currency: "EUR",
        period: "2026-05",
        author_user_id: "u-renter",
        author_name: "Rita Renter",
        author_side: "renter",
        status: "confirmed",
        confirm_by_side: "landlord",
        confirmed_at: T,
        confirmed_by: "u-owner",
        confirmed_by_name: "Olive Owner",
        rejected_reason: null,
        created_at: T,
        updated_at: T,
      },
      {
        id: "ac-2",
        org_id: "o-1",
        apartment_id: "a-1",
        lease_id: null,
        kind: "note",
        description: "Boiler serviced",
        amount: null,
        currency: null,
        period: null,
        author_user_id: "u-owner",
        author_name: "Olive Owner",
        author_side: "landlord",
        status: "posted",
        confirm_by_side: null,
        confirmed_at: null,
        confirmed_by: null,
        confirmed_by_name: null,
        rejected_reason: null,
        created_at: T,
        updated_at: T,
      },
    ],
  ],
  ["room_chat_counts", [{ apartment_id: "a-1", org_id: "o-1", messages: 7, last_message_at: T }]],
  [
    "room_connections",
    [{ room: "a-1", connection_id: "c-1", user_id: "u-renter", session_id: "s-1", org_id: "o-1", opened_at: T }],
  ],
  [
    "room_reads",
    [
      { apartment_id: "a-1", user_id: "u-renter", read_messages: 5, digested_messages: 7, updated_at: T },
      { apartment_id: "a-1", user_id: "u-owner", read_messages: 7, digested_messages: 7, updated_at: T },
    ],
  ],
  [
    "ledger_entries",
    [
      {
        id: "le-1",
        org_id: "o-1",
        lease_id: "l-1",
        kind: "charge",
        amount: 85000,
        currency: "EUR",
        period: "2026-05",
        reason: null,
        source_ref: "charge:l-1:2026-05",
        created_by: "system:rent-charges",
        created_at: T,
      },
      {
        id: "le-2",
        org_id: "o-1",
        lease_id: "l-1",
        kind: "payment",
        amount: -85000,
        currency: "EUR",
        period: "2026-05",
        reason: null,
        source_ref: "activity:ac-1",
        created_by: "u-owner",
        created_at: T,
      },
      {
        id: "le-3",
        org_id: "o-1",
        lease_id: "l-1",
        kind: "adjustment",
        amount: -1500,
        currency: "EUR",
        period: null,
        reason: "Heater credit",
        source_ref: "adjustment:le-3",
        created_by: "u-owner",
        created_at: T,
      },
    ],
  ],
  // Seeded apart from the 2020–2024 rows migration 0022 inserts itself (same primary key: series, quarter).
  [
    "rent_index_values",
    [
      {
        series: "IRL",
        quarter: "2019-Q4",
        value: "130.26",
        published_at: "2020-01-15",
        updated_by: null,
        updated_at: T,
      },
    ],
  ],
  [
    "rent_revisions",
    [
      {
        id: "rv-1",
        org_id: "o-1",
        apartment_id: "a-1",
        lease_id: "l-1",
        anniversary: "2027-01-01",
        previous_rent: 85000,
        new_rent: 85863,
        currency: "EUR",
        base_quarter: "2025-Q2",
        base_value: "146.68",
        new_quarter: "2026-Q2",
        new_value: "148.17",
        effective_period: "2027-02",
        confirmed_by: "u-owner",
        confirmed_at: T,
      },
    ],
  ],
  [
    "documents",
    [
      {
        id: "d-1",
        org_id: "o-1",
        apartment_id: "a-1",
        lease_id: "l-1",
        template_name: "standard-fr-furnished",
        template_fields: '{"date":"2026-05-01","renters":[{"userId":"u-renter","name":"Élodie Dubois"}]}',
        status: "signed",
        revision: 2,
        pdf_key: "orgs/o-1/documents/d-1/2.pdf",
        sha256: "a".repeat(64),
        pdf_size: 40000,
        signed_pdf_key: "orgs/o-1/documents/d-1/3.pdf",
        signed_sha256: "b".repeat(64),
        failure_reason: null,
        renewed_from_id: null,
        created_by: "u-owner",
        created_at: T,
        updated_at: T,
        sent_at: T,
        signed_at: T,
      },
    ],
  ],
  [
    "signatures",
    [
      {
        id: "sg-1",
        org_id: "o-1",
        document_id: "d-1",
        signer_user_id: "u-renter",
        signer_name: "Élodie Dubois",
        side: "renter",
        signed_name: "Élodie Dubois",
        image_key: "orgs/o-1/documents/d-1/signatures/sg-1.png",
        document_sha256: "a".repeat(64),
        ip: "203.0.113.9",
        user_agent: "Mozilla/5.0",
        signed_at: T,
      },
      {
        id: "sg-2",
        org_id: "o-1",
        document_id: "d-1",
        signer_user_id: "u-owner",
        signer_name: "Olive Owner",
        side: "landlord",
        signed_name: "Olive Owner",
        image_key: "orgs/o-1/documents/d-1/signatures/sg-2.png",
        document_sha256: "a".repeat(64),
        ip: "203.0.113.10",
        user_agent: "Mozilla/5.0",
        signed_at: T,
      },
    ],
  ],
  ["search_generation", [{ id: 2, value: 5 }]],
  [
    "payments",
    [
      {
        id: "pay-1",
        org_id: "o-1",
        lease_id: "l-1",
        provider: "stripe",
        checkout_session_id: "cs_test_1",
        payment_intent_id: "pi_1",
        amount: 85000,
        currency: "EUR",
        period: "2026-05",
        status: "succeeded",
        failure_reason: null,
        created_by: "u-renter",
        created_at: T,
        updated_at: T,
      },
    ],
  ],
  ["stripe_events", [{ id: "evt_1", type: "checkout.session.completed", received_at: T }]],
  ["rent_reminders", [{ id: "rr-1", org_id: "o-1", lease_id: "l-1", period: "2026-05", kind: "before", sent_at: T }]],
  [
    "idempotency_keys",
    [
      {
        user_id: "u-renter",
        key: "checkout-0001",
        request_hash: "c".repeat(64),
        status: 200,
        response_body: '{"url":"https://checkout.stripe.com/c/pay/cs_test_1"}',
        created_at: T,
      },
    ],
  ],
  [
    "listings",
    [
      {
        id: "li-1",
        org_id: "o-1",
        apartment_id: "a-1",
        title: "Bright studio near the canal",
        description: "Quiet, furnished.",
        city: "Lyon",
        city_key: "lyon",
        search_text: "Bright studio near the canal\nQuiet, furnished.\nLyon",
        address: "3 Quai Seed",
        type: "studio",
        rent_amount: 72000,
        charges_amount: 5000,
        deposit_amount: 72000,
        currency: "EUR",
        available_from: "2026-09-01",
        guarantors_required: 1,
        required_documents: '["id_card","proof_of_income"]',
        charges_kind: "provision",
        living_area: 24.5,
        furnished: 1,
        energy_class: "D",
        ghg_class: "E",
        energy_cost_min: 52000,
        energy_cost_max: 71000,
        energy_price_year: 2023,
        status: "published",
        published_at: T,
        closed_at: null,
        created_by: "u-owner",
        created_at: T,
        updated_at: T,
      },
    ],
  ],
  ["listing_rooms", LISTING_PLACES],
  ["listing_places", LISTING_PLACES],
  [
    "listing_photos",
    [
      {
        id: "lp-1",
        org_id: "o-1",
        listing_id: "li-1",
        r2_key: "orgs/o-1/listings/li-1/photos/lp-1.jpg",
        content_type: "image/jpeg",
        width: 1600,
        height: 1200,
        size: 123456,
        position: 0,
        created_at: T,
      },
    ],
  ],
  [
    "guarantors",
    [
      {
        id: "g-1",
        user_id: "u-renter",
        name: "Gina Guarantor",
        email: "gina@seed.test",
        phone: null,
        relationship: "mother",
        income_amount: 350000,
        income_currency: "EUR",
        created_at: T,
      },
    ],
  ],
  [
    "dossier_documents",
    [
      {
        id: "dd-1",
        user_id: "u-renter",
        guarantor_id: null,
        kind: "id_card",
        name: "passport.pdf",
        content_type: "application/pdf",
        size: 1234,
        r2_key: "users/u-renter/documents/dd-1",
        created_at: T,
      },
      {
        id: "dd-2",
        user_id: "u-renter",
        guarantor_id: "g-1",
        kind: "proof_of_income",
        name: "payslip.pdf",
        content_type: "application/pdf",
        size: 2345,
        r2_key: "users/u-renter/documents/dd-2",
        created_at: T,
      },
    ],
  ],
  [
    "applications",
    [
      {
        id: "ap-1",
        org_id: "o-1",
        listing_id: "li-1",
        room_id: "lrm-1",
        renter_user_id: "u-renter",
        status: "confirmed",
        move_in_date: "2026-09-01",
        duration_months: 12,
        guarantor_ids: '["g-1"]',
        message: "Hello",
        profile: '{"firstName":"Rita"}',
        transition_id: "ash-2",
        lease_id: "l-1",
        created_at: T,
        updated_at: T,
      },
    ],
  ],
  [
    "application_status_history",
    [
      {
        id: "ash-1",
        org_id: "o-1",
        application_id: "ap-1",
        from_status: null,
        to_status: "pending",
        actor_user_id: "u-renter",
        actor_name: "Rita Renter",
        actor_side: "renter",
        note: null,
        at: T,
      },
      {
        id: "ash-2",
        org_id: "o-1",
        application_id: "ap-1",
        from_status: "accepted_pending_payment",
        to_status: "confirmed",
        actor_user_id: "u-owner",
        actor_name: "Olive Owner",
        actor_side: "landlord",
        note: "Paid",
        at: T,
      },
    ],
  ],
  [
    "dev_mail",
    [
      {
        id: "m-1",
        to_address: "owner@seed.test",
        subject: "Hi",
        text: "Hello",
        html: "<p>Hello</p>",
        template: "verify_email",
        created_at: T,
      },
    ],
  ],
  // Issue 15 (0031): maintenance requests and the org's vendors.
  [
    "vendors",
    [
      {
        id: "v-1",
        org_id: "o-1",
        name: "Plomberie Martin",
        trade: "Plombier",
        email: null,
        phone: null,
        created_at: T,
      },
    ],
  ],
  [
    "maintenance_requests",
    [
      {
        id: "mr-1",
        org_id: "o-1",
        apartment_id: "a-1",
        lease_id: "l-1",
        reporter_user_id: "u-renter",
        reporter_side: "renter",
        category: "plumbing",
        title: "Leak",
        description: "Under the sink",
        urgency: "urgent",
        priority: "normal",
        entry_permission: 1,
        availability: null,
        status: "open",
        assignee_user_id: null,
        vendor_id: "v-1",
        visit_date: null,
        visit_from: null,
        visit_to: null,
        rating_stars: null,
        rating_comment: null,
        rated_at: null,
        acknowledged_at: null,
        resolved_at: null,
        escalated_at: null,
        transition_id: null,
        created_at: T,
        updated_at: T,
      },
    ],
  ],
  [
    "maintenance_request_history",
    [
      {
        id: "mh-1",
        org_id: "o-1",
        request_id: "mr-1",
        action: "report",
        from_status: null,
        to_status: "open",
        actor_user_id: "u-renter",
        actor_name: "Rita",
        actor_kind: "renter",
        note: null,
        at: T,
      },
    ],
  ],
  [
    "maintenance_comments",
    [
      {
        id: "mc-1",
        org_id: "o-1",
        request_id: "mr-1",
        author_user_id: "u-renter",
        author_name: "Rita",
        author_kind: "renter",
        text: "Still leaking",
        created_at: T,
      },
    ],
  ],
  [
    "maintenance_photos",
    [
      {
        id: "mp-1",
        org_id: "o-1",
        request_id: "mr-1",
        comment_id: "mc-1",
        r2_key: "orgs/o-1/maintenance/mr-1/photos/mp-1",
        content_type: "image/png",
        size: 10,
        uploaded_by_user_id: "u-renter",
        uploaded_by_kind: "renter",
        created_at: T,
      },
    ],
  ],
  [
    "maintenance_costs",
    [
      {
        id: "mk-1",
        org_id: "o-1",
        request_id: "mr-1",
        kind: "labour",
        description: "1 h",
        amount: 4500,
        currency: "EUR",
        hours: 1.5,
        logged_by_user_id: "u-owner",
        created_at: T,
      },
    ],
  ],
  // Issue 15 (0032): an expense on the property, from the request's logged costs, with a receipt.
  [
    "expenses",
    [
      {
        id: "ex-1",
        org_id: "o-1",
        property_id: "p-1",
        apartment_id: "a-1",
        maintenance_request_id: "mr-1",
        vendor_id: "v-1",
        category: "repairs_maintenance",
        amount: 4500,
        currency: "EUR",
        incurred_on: "2026-05-02",
        note: "Leak repaired",
        receipt_key: "expenses/o-1/ex-1",
        receipt_type: "image/jpeg",
        receipt_name: "facture.jpg",
        receipt_size: 1234,
        created_by: "u-owner",
        created_at: T,
        updated_at: T,
      },
    ],
  ],
  [
    "audit_archive_days",
    [
      {
        org_key: "o-1",
        day: "2025-12-31",
        object_key: "audit/o-1/2025-12-31.ndjson",
        entries: 1,
        sha256: "a".repeat(64),
        archived_at: T,
      },
    ],
  ],
  // Issue 16 §3 (migration 0040): a ready data export.
  [
    "data_exports",
    [
      {
        id: "dx-1",
        user_id: "u-owner",
        status: "ready",
        r2_key: "exports/u-owner/dx-1.zip",
        bytes: 2048,
        created_at: T,
        ready_at: T,
        expires_at: T,
      },
    ],
  ],
  // Issue 17 §4 (migration 0043): published listings per city spelling, kept by triggers on `listings` (li-1,
  // seeded above, adds Lyon's row itself once the table exists); a row of another city besides it.
  ["listing_cities", [{ city_key: "paris", city: "Paris", listings: 1 }]],
];
const SEEDED = new Set(SEED.map(([table]) => table));

async function userTables(): Promise<string[]> {
  const { results } = await db
    // FTS5 index tables (listings_fts and its shadows) are derived from their content table: not seeded.
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name not like '%_fts%' and name <> 'd1_migrations' order by name",
    )
    .all<{ name: string }>();
  return results.map((r) => r.name);
}

const columnsOf = async (table: string) =>
  (await db.prepare(`pragma table_info(${JSON.stringify(table)})`).all<{ name: string }>()).results.map((c) => c.name);

async function schemaSql(): Promise<string[]> {
  const { results } = await db
    .prepare(
      "select type, name, sql from sqlite_master where sql is not null and name not like 'sqlite_%' and name not like '_cf_%' and name <> 'd1_migrations' order by type, name",
    )
    .all<{ type: string; name: string; sql: string }>();
  return results.map((r) => `${r.type} ${r.name}: ${r.sql.replace(/\s+/g, " ")}`);
}

async function dropEverything() {
  // Children before parents (newest tables first): dropping a child whose parent table is already gone
  // fails its implicit DELETE's foreign-key bookkeeping even with deferred foreign keys.
  // The FTS5 virtual table drops its own shadow tables.
  const { results } = await db
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name not like '%_fts_%' order by rowid desc",
    )
    .all<{ name: string }>();
  const tables = results.map((r) => r.name);
  // Triggers first: a cascade of the drops below would fire one that writes a table already gone.
  const { results: triggers } = await db
    .prepare("select name from sqlite_master where type = 'trigger'")
    .all<{ name: string }>();
  await db.batch([
    db.prepare("pragma defer_foreign_keys = on"),
    ...triggers.map((t) => db.prepare(`drop trigger if exists ${JSON.stringify(t.name)}`)),
    ...tables.map((t) => db.prepare(`drop table if exists ${JSON.stringify(t)}`)),
  ]);
  expect(await userTables()).toEqual([]);
}

/** Inserts the seed rows into the tables that exist now, with the columns that exist now. */
async function seed() {
  const statements: D1PreparedStatement[] = [];
  for (const table of await userTables())
    expect(SEEDED, `table ${table} has no seed rows in migrations-integration.test.ts`).toContain(table);
  const existing = new Set(await userTables());
  for (const [table, rows] of SEED) {
    if (!existing.has(table)) continue;
    const columns = new Set(await columnsOf(table));
    for (const row of rows) {
      const entries = Object.entries(row).flatMap(([column, value]): [string, unknown][] => {
        const name = columnIn(table, column, columns);
        return name ? [[name, value]] : [];
      });
      statements.push(
        db
          .prepare(
            `insert into ${table} (${entries.map(([c]) => c).join(", ")}) values (${entries.map(() => "?").join(", ")})`,
          )
          .bind(...entries.map(([, v]) => v)),
      );
    }
  }
  await db.batch(statements);
}

async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await userTables()) {
    const { results } = await db.prepare(`select * from ${table}`).all<Record<string, unknown>>();
    out[table] = results.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))).sort();
  }
  return out;
}

/** The rows of `before`, limited to the columns they share with the table in `after`. */
function project(rows: string[], keep: Set<string>) {
  return rows.map((r) => JSON.stringify((JSON.parse(r) as [string, unknown][]).filter(([c]) => keep.has(c)))).sort();
}

/**
 * Whether `row` (a snapshot row) is reference data a migration after `applied` inserted, such as 0029's IRL
 * quarters (`updated_by` = `migration:0029`): new rows, neither lost nor changed seed rows.
 */
const insertedLater = (row: string, applied: string): boolean => {
  const by = /"migration:(\d{4})"/.exec(row)?.[1];
  return by !== undefined && by > applied.slice(0, 4);
};

describe("migrations", () => {
  it("are all present, and the seed covers every table they create", async () => {
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    expect(migrations.map((m) => m.name)).toEqual([...migrations.map((m) => m.name)].sort());
    const tables = await userTables();
    expect(
      tables.filter((t) => !SEEDED.has(t)),
      "tables without seed rows",
    ).toEqual([]);
    // Every seeded column exists in the final schema (no typos hiding behind the column filter).
    for (const [table, rows] of SEED) {
      const columns = await columnsOf(renamed(table));
      expect(columns.length, `table ${table}`).toBeGreaterThan(0);
      for (const row of rows)
        for (const column of Object.keys(row)) expect(columns, `${table}.${column}`).toContain(column);
    }
  });

  it("applied on seeded data at every step, lose no row or value, keep foreign keys valid, and record every migration", async () => {
    const finalSchema = await schemaSql();
    for (let k = 0; k < migrations.length; k++) {
      const step = `after ${migrations[k]!.name}`;
      await dropEverything();
      await applyD1Migrations(db, migrations.slice(0, k + 1));
      await seed();
      const before = await snapshot();
      expect(
        Object.values(before).every((rows) => rows.length > 0),
        `${step}: every table was seeded`,
      ).toBe(true);

      await applyD1Migrations(db, migrations);
      const after = await snapshot();
      for (const [table, seeded] of Object.entries(before)) {
        const rows = seeded.map((row) => withFinalColumns(table, row));
        const now = after[renamed(table)]?.filter((row) => !insertedLater(row, migrations[k]!.name));
        expect(now, `${step}: table ${table} was dropped`).toBeDefined();
        expect(now!.length, `${step}: rows lost in ${table}`).toBe(rows.length);
        // Columns a later migration added did not exist when the rows were seeded: compare the ones that did.
        const seededColumns = rows[0] ? (JSON.parse(rows[0]) as [string, unknown][]).map(([c]) => c) : [];
        const shared = new Set((await columnsOf(renamed(table))).filter((c) => seededColumns.includes(c)));
        expect(project(now!, shared), `${step}: values changed in ${table}`).toEqual(project(rows, shared));
      }
      // Listings seeded before 0017 got their search columns from it, and stay findable (issue 12 §4).
      if (before.listings && !before.listings[0]!.includes('"city_key"')) {
        const row = await db.prepare("select city_key, search_text from listings where id = 'li-1'").first();
        expect(row, step).toEqual({
          city_key: "lyon",
          search_text: "Bright studio near the canal\nQuiet, furnished.\nLyon",
        });
        const hits = await db
          .prepare("select count(*) as n from listings_fts where listings_fts match 'canal'")
          .first();
        expect(hits, step).toEqual({ n: 1 });
      }
      // 0045: whatever the step the listings were seeded at, the index holds li-1 (published) under its
      // search rowid: its publication second, then its own rowid in the low 30 bits.
      if (before.listings) {
        const numbered = await db
          .prepare(
            "select f.rowid = unixepoch(l.published_at) * 1073741824 + l.rowid as keyed from listings_fts f join listings l on l.rowid = f.rowid & 1073741823 where listings_fts match 'canal' and l.id = 'li-1'",
          )
          .all();
        expect(numbered.results, step).toEqual([{ keyed: 1 }]);
      }
      // 0043: the per-city counts start from the published listings already there (li-1, Lyon).
      if (before.listings && !before.listing_cities) {
        const cities = await db.prepare("select city_key, city, listings from listing_cities").all();
        expect(cities.results, step).toEqual([{ city_key: "lyon", city: "Lyon", listings: 1 }]);
      }
      // 0021: a lease whose agreement was drafted on a furnished template became furnished; the others
      // unfurnished (seeded with their kind once the column exists; no agreement before 0006_documents).
      if (before.leases) {
        const kinds = await db.prepare("select id, kind from leases order by id").all();
        const furnishedByAgreement = Boolean(before.documents) || before.leases[0]!.includes('"kind"');
        expect(kinds.results, step).toEqual([
          { id: "l-1", kind: furnishedByAgreement ? "furnished" : "unfurnished" },
          { id: "l-old", kind: "unfurnished" },
        ]);
      }
      const fk = await db.prepare("pragma foreign_key_check").all();
      expect(fk.results, `${step}: foreign key violations`).toEqual([]);
      const recorded = await db.prepare("select name from d1_migrations order by id").all<{ name: string }>();
      expect(
        recorded.results.map((r) => r.name),
        step,
      ).toEqual(migrations.map((m) => m.name));
      // Applying in steps ends at the same schema as applying everything at once.
      expect(await schemaSql(), step).toEqual(finalSchema);
    }
  }, 180_000); // every migration applied step by step on seeded data: minutes on a loaded 2-core machine

  it("0024 turns the countries people typed into ISO 3166-1 codes, in any language; an unknown one stays", async () => {
    const at = migrations.findIndex((m) => m.name.startsWith("0024_"));
    expect(at, "0024_property_country_code is in the list").toBeGreaterThan(0);
    await dropEverything();
    await applyD1Migrations(db, migrations.slice(0, at));
    await seed();
    const typed: [string, string][] = [
      ["France", "FR"],
      [" france ", "FR"],
      ["fr", "FR"],
      ["FRANCE", "FR"],
      ["République française", "FR"],
      ["Republique francaise", "FR"],
      ["French Republic", "FR"],
      ["Франція", "FR"],
      ["צרפת", "FR"],
      ["Frankreich", "FR"],
      ["Francia", "FR"],
      ["Guadeloupe", "GP"],
      ["La Réunion", "RE"],
      ["Belgique", "BE"],
      ["Україна", "UA"],
      ["Atlantis", "Atlantis"],
    ];
    const insert = db.prepare(
      "insert into properties (id, org_id, name, address, city, postal_code, country, created_at, updated_at) values (?, 'o-1', 'P', '1 Rue', 'Paris', '75001', ?, ?, ?)",
    );
    await db.batch(typed.map(([country], i) => insert.bind(`pc-${i}`, country, T, T)));
    await applyD1Migrations(db, migrations);
    const rows = await db
      .prepare("select id, country from properties where id like 'pc-%'")
      .all<{ id: string; country: string }>();
    const byId = new Map(rows.results.map((r) => [r.id, r.country]));
    expect(typed.map(([country], i) => [country, byId.get(`pc-${i}`)])).toEqual(typed);
  });

  it("re-applying is a no-op", async () => {
    const before = await snapshot();
    await applyD1Migrations(db, migrations);
    await applyD1Migrations(db, migrations);
    expect(await snapshot()).toEqual(before);
    const count = await db.prepare("select count(*) as n from d1_migrations").first<{ n: number }>();
    expect(count?.n).toBe(migrations.length);
  });
});
