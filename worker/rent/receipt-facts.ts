import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { users } from "../auth/schema";
import type { ScopedHandle } from "../db/scoped";
import { renterProfiles } from "../dossier/schema";
import { leaseRenters, leases, thisLease } from "../leases/schema";
import { leaseRevisionsJson, parseLeaseRevisions } from "../leases/revision/schema";
import { orgs } from "../orgs/schema";
import { apartments, properties, propertyZone } from "../portfolio/schema";
import { activities } from "../rooms/schema";
import { ledgerEntries } from "./schema";
import { periodBounds, todayIn, type Period } from "../lib/calendar";
import { recipientLocale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { chargePartsOf, splitInProportion } from "../lib/rent-dates";
import { allocateLedger } from "./periods";
import type { ReceiptInput } from "./receipt-input";

/**
 * The reads behind a receipt of the handle's lease (to batch with an access check, or on their own): the
 * lease with its org and address, its joined renters' names, its ledger entries, and the day each payment
 * posted from the feed was received (`activity:<id>` entries; others count from the day they were written).
 */
export function receiptQueries(l: ScopedHandle) {
  return [
    l
      .selectFields(
        {
          orgId: leases.orgId,
          dueDay: leases.dueDay,
          startDate: leases.startDate,
          endDate: leases.endDate,
          cancelledAt: leases.cancelledAt,
          currency: leases.currency,
          // The rent terms, to split what was paid into rent and charges (lib/rent-dates.ts `chargePartsOf`).
          rentAmount: leases.rentAmount,
          chargesAmount: leases.chargesAmount,
          firstMonthAmount: leases.firstMonthAmount,
          lastMonthAmount: leases.lastMonthAmount,
          revisions: sql<string>`${leaseRevisionsJson}`.as("revisions"),
          // The landlord block (issue 13 §8): the org's legal identity and registered address. orgs and
          // properties share `address`, `postal_code` and `city`: aliased, or D1's batch collapses them.
          legalName: orgs.legalName,
          legalForm: orgs.legalForm,
          companyNumber: orgs.companyNumber,
          orgStreet: sql<string | null>`${orgs.address}`.as("org_street"),
          orgPostalCode: sql<string | null>`${orgs.postalCode}`.as("org_postal_code"),
          orgCity: sql<string | null>`${orgs.city}`.as("org_city"),
          orgCountry: sql<string | null>`coalesce(${orgs.addressCountry}, ${orgs.country})`.as("org_country"),
          locale: orgs.locale,
          logoKey: orgs.logoKey,
          logoType: orgs.logoType,
          timezone: propertyZone(),
          street: sql<string>`${properties.address}`.as("street"),
          city: properties.city,
          postalCode: properties.postalCode,
          unit: apartments.unitNumber,
        },
        leases,
        thisLease(l),
      )
      .innerJoin(orgs, eq(orgs.id, leases.orgId))
      .innerJoin(apartments, and(eq(apartments.id, leases.apartmentId), eq(apartments.orgId, leases.orgId)))
      .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, leases.orgId))),
    l
      .selectFields(
        { name: users.name, firstName: renterProfiles.firstName, lastName: renterProfiles.lastName },
        leaseRenters,
        isNotNull(leaseRenters.joinedAt),
      )
      .innerJoin(users, eq(users.id, leaseRenters.userId))
      .leftJoin(renterProfiles, eq(renterProfiles.userId, users.id)),
    l.select(ledgerEntries),
    l.selectFields(
      { sourceRef: sql<string>`'activity:' || ${activities.id}`.as("source_ref"), receivedOn: activities.receivedOn },
      activities,
      and(isNotNull(activities.receivedOn), inArray(activities.kind, ["payment_reported", "payment_received"])),
    ),
  ] as const;
}

/** The calendar date (`YYYY-MM-DD`) in `timeZone` of an ISO timestamp. */
const dateIn = (timeZone: string, iso: string) => todayIn(timeZone, Date.parse(iso));

/**
 * The landlord as a quittance names them (loi n° 89-462 art. 21: the landlord gives it; their legal name and
 * address identify them): the org's legal name, legal form, company number and registered address; null while
 * the legal name or the address (street, postcode, city) is missing. A country other than France is named.
 */
function landlordOf(org: {
  legalName: string | null;
  legalForm: string | null;
  companyNumber: string | null;
  orgStreet: string | null;
  orgPostalCode: string | null;
  orgCity: string | null;
  orgCountry: string | null;
  locale: string;
}): ReceiptInput["landlord"] | null {
  if (!org.legalName || !org.orgStreet || !org.orgPostalCode || !org.orgCity) return null;
  const country =
    org.orgCountry && org.orgCountry !== "FR"
      ? new Intl.DisplayNames([org.locale], { type: "region", fallback: "code" }).of(org.orgCountry)
      : null;
  return {
    name: org.legalName,
    legalForm: org.legalForm,
    companyNumber: org.companyNumber,
    address: [org.orgStreet, `${org.orgPostalCode} ${org.orgCity}`, country].filter(Boolean).join(", "),
  };
}

type Q = ReturnType<typeof receiptQueries>;
type ReceiptRows = [Awaited<Q[0]>, Awaited<Q[1]>, Awaited<Q[2]>, Awaited<Q[3]>];
type Entry = Awaited<Q[2]>[number];

/**
 * The days (`YYYY-MM-DD`) money went to `period` under the one allocation (`allocateLedger`): charges and
 * debits always count, money (payments, credits, refunds) is added in the order it was received (`receivedOn`
 * of `activity:` entries, else the day the entry was written in `timeZone`); a day is kept when adding that
 * money raised what the period was paid. `paidOn` is the day the period became fully paid (the last payment
 * that paid it), null while it is not paid.
 */
function paymentDaysOf(entries: Entry[], received: Map<string, string | null>, lease: LeaseFacts, period: Period) {
  const dayOf = (e: Entry) => received.get(e.sourceRef) ?? dateIn(lease.timezone, e.createdAt);
  const isMoney = (e: Entry) => e.amount < 0 || e.kind === "refund";
  const owed = entries.filter((e) => !isMoney(e));
  const money = entries.filter(isMoney).sort((a, b) => dayOf(a).localeCompare(dayOf(b)));
  const today = todayIn(lease.timezone);
  const days: string[] = [];
  let paid = 0;
  for (let i = 1; i <= money.length; i++) {
    const { periods } = allocateLedger([...owed, ...money.slice(0, i)], lease, today);
    const day = dayOf(money[i - 1] as Entry);
    const summary = periods.find((p) => p.period === period);
    if ((summary?.paid ?? 0) > paid && !days.includes(day)) days.push(day);
    paid = summary?.paid ?? 0;
    if (summary?.status === "paid") return { days, paidOn: day };
  }
  return { days, paidOn: null };
}

type LeaseFacts = { timezone: string; dueDay: number; startDate: string; endDate: string | null };

/**
 * The days of `period` the lease covers (`YYYY-MM-DD`, inclusive): from the later of the month's first day
 * and the lease's start to the earlier of its last day and the lease's end.
 */
function coveredDays(period: Period, lease: { startDate: string; endDate: string | null }): [string, string] {
  const [first, last] = periodBounds(period);
  const from = lease.startDate > first ? lease.startDate : first;
  const to = lease.endDate && lease.endDate < last ? lease.endDate : last;
  return [from, to];
}

/**
 * Everything a receipt says, from `receiptQueries`' rows; null if the lease does not exist. `paid` tells
 * whether `period` is fully paid as of today (in the org's time zone) under the one allocation
 * (`allocateLedger`: a surplus paid on another month counts here, this month's own surplus does not), the
 * only case a quittance is issued (loi 89-462 art. 21). The amount is what was allocated to the period,
 * never more than its charge, split into rent and charges in the proportion of that period's charge
 * (lib/rent-dates.ts `chargePartsOf`: pro-rated by days, a first/last-month amount split alike), so the two
 * add up to it; the period printed is the days the lease covers (`coveredDays`).
 */
export function receiptFacts([[lease], renters, entries, received]: ReceiptRows, leaseId: string, period: Period) {
  if (!lease) return null;
  const today = todayIn(lease.timezone);
  const summary = allocateLedger(entries, lease, today).periods.find((p) => p.period === period);
  const { days, paidOn } = paymentDaysOf(
    entries,
    new Map(received.map((r) => [r.sourceRef, r.receivedOn])),
    lease,
    period,
  );
  // Leases have no language of their own: the receipt speaks the org's (a French org's is a quittance).
  const locale = recipientLocale(null, lease.locale);
  const t = translator(locale, "pdf");
  const identity = landlordOf(lease);
  const amount = summary?.paid ?? 0;
  const split = splitInProportion(
    amount,
    chargePartsOf(period, { ...lease, revisions: parseLeaseRevisions(lease.revisions) }),
  );
  const [from, to] = coveredDays(period, lease);
  return {
    lease,
    paid: summary?.status === "paid",
    // Loi 89-462 art. 21: a partial payment gets a receipt (reçu) of the sum paid, never a quittance.
    partlyPaid: Boolean(summary && summary.paid > 0 && summary.status !== "paid"),
    /** What the period was due and still owes (minor units), and the days money went to it, oldest first. */
    due: summary?.due ?? 0,
    outstanding: summary?.outstanding ?? 0,
    paymentDays: days,
    identityComplete: identity !== null,
    input: {
      locale,
      landlord: identity ?? { name: "", legalForm: null, companyNumber: null, address: "" },
      renters: renters.map((r) => (r.firstName ? `${r.firstName} ${r.lastName}` : r.name)),
      propertyAddress: t("receipt.place", {
        street: lease.street,
        postalCode: lease.postalCode,
        city: lease.city,
        unit: lease.unit,
      }),
      period,
      from,
      to,
      amount,
      rent: split.rent,
      charges: split.charges,
      currency: lease.currency,
      paidOn: paidOn ?? today,
      issuedOn: today,
      // The full lease id and the period: unique, since a lease has one receipt per period. Lease ids are
      // time-ordered, so a prefix is shared by leases created close together (two leases within a minute
      // shared "01a22fc6-2026-11"); a per-org sequence would need a counter written at each issue.
      receiptId: `${leaseId}-${period}`,
    },
  };
}
