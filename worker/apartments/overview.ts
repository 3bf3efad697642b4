import { and, desc, eq, exists, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { ApartmentScope } from "../auth/access";
import { permissionsOf, rolesSeeingLeasePrivate, seesLeasePrivate } from "../auth/policy";
import { users } from "../auth/schema";
import type { ScopedHandle } from "../db/scoped";
import { documents } from "../documents/schema";
import { templateByName } from "../documents/templates";
import { leaseRenters, leases } from "../leases/schema";
import { leaseStatus } from "../leases/service";
import { todayIn } from "../lib/calendar";
import { memberships, orgs } from "../orgs/schema";
import { printedIban } from "../orgs/settings-rules";
import { apartments, properties, propertyZone } from "../portfolio/schema";
import { ledgerSystemReasonOf } from "../rent/contract";
import { ledgerEntries } from "../rent/schema";
import { allocateLedger } from "../rent/periods";
import { stripeConfigured } from "../lib/stripe";
import type { ChatHistory } from "../rooms/contract";
import { canSettle } from "../rooms/confirmation";
import { isCurrentLease } from "../rooms/lease-choice";
import { activityPageQueries, toActivity } from "../rooms/service";
import { activities } from "../rooms/schema";
import { visibleActivitiesTo } from "../rooms/sight";
import type { ApartmentOverview } from "./contract";

/**
 * The apartment page's read model: one apartment with its leases, agreements, ledgers, feed and chat, for
 * either side. It reads other features' tables and calls their pure helpers (nothing imports it, so it may
 * depend on every feature); every such call is in this file. Visibility is in the SQL: the landlord side
 * (members of the apartment's org) sees every lease with its renters; a renter sees only their own lease (the
 * current one, else the latest), its agreements and its ledger, and no renter list.
 */

const FIRST_PAGE = { page: 1, limit: 20 };
const LEDGER_ENTRIES_SHOWN = 50;

/** Who is looking, for the visibility conditions (the access check, batched alongside, says whether they may). */
type Viewer = { userId: string };

/**
 * The viewer is a member of the apartment's org whose role sees leases' private side (auth/policy.ts
 * `seesLeasePrivate`): every lease with its renters, agreements and ledgers. A member without it (the
 * maintenance role) sees no lease, renter, agreement or ledger here.
 */
function isLandlordSide(a: ScopedHandle, viewer: Viewer): SQL {
  return exists(
    a.selectFields(
      { one: sql`1` },
      memberships,
      and(eq(memberships.userId, viewer.userId), inArray(memberships.role, rolesSeeingLeasePrivate())),
    ),
  );
}

/** The viewer's own lease of this apartment as a renter (the current one, else the latest), as a subquery. */
function renterLeaseOf(a: ScopedHandle, viewer: Viewer) {
  // The same order, on the same clock (UTC), as the access check that picks the renter's lease.
  const today = todayIn("UTC");
  return (
    a
      .selectFields(
        { leaseId: leaseRenters.leaseId },
        leaseRenters,
        and(eq(leaseRenters.userId, viewer.userId), isNotNull(leaseRenters.joinedAt)),
      )
      // A cancelled lease is none of the renter's (its renters are also removed when it is called off).
      .innerJoin(
        leases,
        and(eq(leases.id, leaseRenters.leaseId), eq(leases.orgId, leaseRenters.orgId), isNull(leases.cancelledAt)),
      )
      .orderBy(sql`(${leases.endDate} is null or ${leases.endDate} >= ${today}) desc`, desc(leases.startDate))
      .limit(1)
  );
}

/** The lease in `leaseId` is one the viewer may see on this page. */
function visibleLease(a: ScopedHandle, viewer: Viewer, leaseId: SQLiteColumn): SQL {
  return or(isLandlordSide(a, viewer), eq(leaseId, renterLeaseOf(a, viewer))) ?? sql`0`;
}

/** A value of the apartment's org (its settings), as an aliased subquery of the summary row. */
const ofOrg = <T>(value: SQLiteColumn | SQL, alias: string) =>
  sql<T>`(select ${value} from ${orgs} where ${orgs.id} = ${apartments.orgId})`.as(alias);

function apartmentSummaryQuery(a: ScopedHandle, apartmentId: string) {
  return a
    .selectFields(
      {
        id: apartments.id,
        unitNumber: apartments.unitNumber,
        roomsCount: apartments.roomsCount,
        rentAmount: apartments.rentAmount,
        currency: apartments.currency,
        propertyId: apartments.propertyId,
        // D1 collapses duplicate column names in raw rows: alias the two `name` columns.
        propertyName: sql<string>`${properties.name}`.as("property_name"),
        address: properties.address,
        city: properties.city,
        country: properties.country,
        orgName: sql<string>`(select ${orgs.name} from ${orgs} where ${orgs.id} = ${apartments.orgId})`.as("org_name"),
        timezone: propertyZone(),
        // The kind the org lets as (lib/landlord-identity.ts `lettingKindOf`): an SCI familiale as a person.
        landlordKind: ofOrg<"individual" | "company" | null>(
          sql`case when ${orgs.legalKind} = 'company' and not ${orgs.familyCompany} then 'company' when ${orgs.legalKind} is null then null else 'individual' end`,
          "org_legal_kind",
        ),
        bankHolder: ofOrg<string | null>(orgs.bankHolder, "org_bank_holder"),
        bankIban: ofOrg<string | null>(orgs.bankIban, "org_bank_iban"),
        bankBic: ofOrg<string | null>(orgs.bankBic, "org_bank_bic"),
        identityComplete: ofOrg<number>(
          sql`${orgs.legalName} is not null and ${orgs.address} is not null and ${orgs.postalCode} is not null and ${orgs.city} is not null`,
          "org_identity_complete",
        ),
      },
      apartments,
      eq(apartments.id, apartmentId),
    )
    .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, apartments.orgId)));
}

/**
 * The page's reads, to run in the apartment access-check batch (one D1 round trip): the apartment, a first
 * page of the feed and its count, the visible leases, their renters (landlord side only), the visible
 * agreements (latest 100) and the visible ledger entries (latest 500), newest first, then the visible payments
 * waiting for confirmation (oldest first).
 */
export function overviewReads(a: ScopedHandle, apartmentId: string, viewer: Viewer) {
  return [
    apartmentSummaryQuery(a, apartmentId),
    ...activityPageQueries(a, FIRST_PAGE, viewer.userId),
    a.select(leases, visibleLease(a, viewer, leases.id)).orderBy(desc(leases.startDate)),
    a
      .selectFields(
        {
          id: leaseRenters.id,
          leaseId: leaseRenters.leaseId,
          email: leaseRenters.email,
          name: users.name,
          joinedAt: leaseRenters.joinedAt,
        },
        leaseRenters,
        isLandlordSide(a, viewer),
      )
      .leftJoin(users, eq(users.id, leaseRenters.userId)),
    a
      .selectFields(
        {
          id: documents.id,
          leaseId: documents.leaseId,
          templateName: documents.templateName,
          status: documents.status,
          createdAt: documents.createdAt,
          signedAt: documents.signedAt,
        },
        documents,
        visibleLease(a, viewer, documents.leaseId),
      )
      .orderBy(desc(documents.createdAt))
      .limit(100),
    a
      .select(
        ledgerEntries,
        and(
          inArray(ledgerEntries.leaseId, a.selectFields({ id: leases.id }, leases)),
          visibleLease(a, viewer, ledgerEntries.leaseId),
        ),
      )
      .orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.id))
      .limit(500),
    pendingPaymentsQuery(a, viewer),
  ] as const;
}

/** How many payments waiting for confirmation the page lists at its top (oldest first). */
const PENDING_SHOWN = 50;

/** The payments waiting for a confirmation that the viewer may see, oldest first (the page's "to confirm" list). */
function pendingPaymentsQuery(a: ScopedHandle, viewer: Viewer) {
  return a
    .select(
      activities,
      and(
        eq(activities.status, "pending_confirmation"),
        isNotNull(activities.amount),
        visibleActivitiesTo(viewer.userId),
      ) ?? sql`0`,
    )
    .orderBy(activities.createdAt, activities.id)
    .limit(PENDING_SHOWN);
}

/** What a batch of statements answers, statement by statement. */
type Answers<T> = { -readonly [K in keyof T]: Awaited<T[K]> };
type Reads = Answers<ReturnType<typeof overviewReads>>;
type LeaseRow = Reads[3][number];
type LedgerRow = Reads[6][number];

/** The leases as shown, each with its status on `today` (the org's date) and its renters (rows the viewer may see only). */
function leasesOut(rows: LeaseRow[], renters: Reads[4], today: string): ApartmentOverview["leases"] {
  return rows.map(({ orgId: _, apartmentId: __, createdBy: ___, createdAt: ____, ...lease }) => ({
    ...lease,
    status: leaseStatus(lease, today),
    renters: renters
      .filter((r) => r.leaseId === lease.id)
      .map((r) => ({ id: r.id, email: r.email, name: r.name, joinedAt: r.joinedAt })),
  }));
}

/**
 * The reference a renter writes on a bank transfer so the landlord can match it to the lease: "RL-" and the
 * lease id's last 8 hex digits (random bits of the UUIDv7; the leading ones are a timestamp shared by leases
 * created the same minute), upper case.
 */
const transferReference = (leaseId: string) => `RL-${leaseId.replace(/-/g, "").slice(-8).toUpperCase()}`;

/**
 * Each shown lease's ledger: balance (sum, minor units), per-period status on `today` (the org's date), the
 * latest entries, and the money paid ahead (`credit`, minor units, rent/periods.ts `allocateLedger`).
 */
function ledgersOut(
  shown: ApartmentOverview["leases"],
  entries: LedgerRow[],
  today: string,
): ApartmentOverview["ledgers"] {
  return shown.map((lease) => {
    const own = entries.filter((e) => e.leaseId === lease.id);
    const { periods, credit } = allocateLedger(own, lease, today);
    return {
      leaseId: lease.id,
      balance: own.reduce((n, e) => n + e.amount, 0),
      currency: lease.currency,
      remindersEnabled: lease.remindersEnabled,
      transferReference: transferReference(lease.id),
      periods,
      entries: own.slice(0, LEDGER_ENTRIES_SHOWN).map(({ id, kind, amount, period, reason, createdAt, sourceRef }) => ({
        id,
        kind,
        amount,
        period,
        reason,
        reasonKind: ledgerSystemReasonOf(sourceRef),
        createdAt,
      })),
      credit,
    };
  });
}

/**
 * The page from its reads (after the access check passed), the room's latest chat (`chat`, newest first as
 * the room pages it) and the Stripe settings (online payments on or off). Null when the apartment row is
 * missing (the caller answers 404).
 */
export function apartmentOverview(
  actor: ApartmentScope,
  [[row], rows, [total], leaseRows, renters, documentRows, ledgerRows, pendingRows]: Reads,
  chat: ChatHistory,
  stripe: Parameters<typeof stripeConfigured>[0],
): Omit<ApartmentOverview, "maintenance" | "listings"> | null {
  if (!row) return null;
  const { bankHolder, bankIban, bankBic, identityComplete, ...apartment } = row;
  const today = todayIn(row.timezone);
  const shown = leasesOut(leaseRows, renters, today);
  // Where renters pay: staff who see money, and renters whose lease has not ended (canPost), see the org's
  // bank details; never a member without the lease's private side (maintenance).
  const mayPay = seesLeasePrivate(actor) && (actor.side === "landlord" || actor.canPost);
  return {
    // The rent is the lease's money: not for a member without the lease's private side (maintenance).
    apartment: { ...apartment, rentAmount: seesLeasePrivate(actor) ? apartment.rentAmount : null },
    bankDetails:
      mayPay && bankHolder && bankIban
        ? { holder: bankHolder, iban: bankIban, ibanPrinted: printedIban(bankIban), bic: bankBic }
        : null,
    receiptsAvailable: Boolean(identityComplete),
    viewer: {
      userId: actor.userId,
      name: actor.userName,
      side: actor.side,
      role: actor.role,
      canPost: actor.canPost,
      canConfirm: canSettle(actor),
      permissions: permissionsOf(actor),
    },
    leases: shown,
    currentLeaseIds: shown.filter((l) => isCurrentLease(l)).map((l) => l.id),
    activities: { results: rows.map(toActivity), total: total?.total ?? 0, ...FIRST_PAGE },
    pendingPayments: pendingRows.map(toActivity),
    chat: { messages: [...chat.messages].reverse(), seq: chat.seq },
    documents: documentRows.map(({ templateName, ...d }) => ({
      ...d,
      title: templateByName(templateName)?.title ?? templateName,
    })),
    ledgers: ledgersOut(shown, ledgerRows, today),
    onlinePayments: stripeConfigured(stripe),
  };
}
