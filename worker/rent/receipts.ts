import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { users } from "../auth/schema";
import { leaseHandle, type ScopedHandle } from "../db/scoped";
import { renterProfiles } from "../dossier/schema";
import { leaseRenters, leases, thisLease } from "../leases/schema";
import { leaseRevisionsJson, parseLeaseRevisions } from "../leases/revision/schema";
import { periodBounds, todayIn, type Period } from "../lib/calendar";
import { Conflict, NotFound } from "../lib/errors";
import { recipientLocale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { chargePartsOf, splitInProportion } from "../lib/rent-dates";
import { describeCharacters, undrawableCharacters, UndrawableTextError } from "../lib/pdf/writer";
import type { Ports } from "../lib/ports";
import { orgs } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { activities } from "../rooms/schema";
import type { ReceiptPdfJob } from "./contract";
import { allocateLedger } from "./periods";
import { receiptTexts, renderReceiptPdf, type ReceiptInput } from "./receipt";
import { ledgerEntries } from "./schema";

/**
 * Rent receipts: one PDF per lease and fully paid period, rendered on the PDF queue the first time it is
 * asked for and kept in R2 (`orgs/<orgId>/receipts/<leaseId>/<period>.pdf`) for the next downloads.
 */
const receiptKey = (orgId: string, leaseId: string, period: Period) =>
  `orgs/${orgId}/receipts/${leaseId}/${period}-v2.pdf`;

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
          timezone: orgs.timezone,
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
 * The day (`YYYY-MM-DD`) `period` became fully paid under the one allocation (`allocateLedger`): charges and
 * debits always count, money (payments, credits, refunds) is added in the order it was received (`receivedOn`
 * of `activity:` entries, else the day the entry was written in `timeZone`), and the first day at which the
 * period is paid is the last payment that paid it. Null while it is not paid.
 */
function paidOnOf(entries: Entry[], received: Map<string, string | null>, lease: LeaseFacts, period: Period) {
  const dayOf = (e: Entry) => received.get(e.sourceRef) ?? dateIn(lease.timezone, e.createdAt);
  const isMoney = (e: Entry) => e.amount < 0 || e.kind === "refund";
  const owed = entries.filter((e) => !isMoney(e));
  const money = entries.filter(isMoney).sort((a, b) => dayOf(a).localeCompare(dayOf(b)));
  const today = todayIn(lease.timezone);
  for (let i = 1; i <= money.length; i++) {
    const { periods } = allocateLedger([...owed, ...money.slice(0, i)], lease, today);
    const day = dayOf(money[i - 1] as Entry);
    if (periods.find((p) => p.period === period)?.status === "paid") return day;
  }
  return null;
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
  const paidOn = paidOnOf(entries, new Map(received.map((r) => [r.sourceRef, r.receivedOn])), lease, period);
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

/** The org's logo from R2 (its settings), if it has one and it is still there. */
async function logoOf(docs: R2Bucket, org: { logoKey: string | null; logoType: string | null }) {
  if (!org.logoKey) return null;
  const object = await docs.get(org.logoKey);
  if (!object) return null;
  return { bytes: new Uint8Array(await object.arrayBuffer()), type: org.logoType ?? "image/jpeg" };
}

/** The PDF queue job: renders the receipt if the period is (still) fully paid and stores it in R2. */
export async function renderReceiptJob(
  ports: Pick<Ports, "db" | "docs" | "fonts">,
  job: { leaseId: string; period: Period },
) {
  const l = leaseHandle(ports.db, job.leaseId);
  const facts = receiptFacts(await l.batch([...receiptQueries(l)]), job.leaseId, job.period);
  if (!facts?.paid || !facts.identityComplete) return null;
  const logo = await logoOf(ports.docs, facts.lease);
  let bytes: Uint8Array;
  try {
    bytes = await renderReceiptPdf({ ...facts.input, ...(logo ? { logo } : {}) }, ports.fonts);
  } catch (error) {
    // No retry prints it: the download answers 409 `unprintable_text` naming the characters (storedReceipt).
    if (error instanceof UndrawableTextError) return null;
    throw error;
  }
  await ports.docs.put(receiptKey(facts.lease.orgId, job.leaseId, job.period), bytes, {
    httpMetadata: { contentType: "application/pdf" },
  });
  return null;
}

/**
 * The receipt PDF of `period` from R2, from the facts of `receiptFacts`; when it is not rendered yet, queues
 * its rendering and answers null (ask again shortly). Errors: 404 (no such lease, or `period` outside the
 * lease's months), 409 `not_paid`, 409
 * `org_identity_missing` while the org has no legal name or registered address (its settings), 409
 * `unprintable_text` when a name or address has characters no PDF font draws (named in the message).
 */
export async function storedReceipt(
  ports: Pick<Ports, "docs" | "queues" | "fonts">,
  facts: ReturnType<typeof receiptFacts>,
  leaseId: string,
  period: Period,
) {
  if (!facts) throw new NotFound("Lease");
  // A month outside the lease (or any month of a cancelled one) has no rent, hence no receipt: 404, not "not paid yet".
  const { startDate, endDate, cancelledAt } = facts.lease;
  if (cancelledAt || period < startDate.slice(0, 7) || (endDate && period > endDate.slice(0, 7)))
    throw new NotFound("Rent period");
  if (!facts.paid) throw new Conflict(`${period} is not fully paid: a receipt is issued once it is`, "not_paid");
  if (!facts.identityComplete)
    throw new Conflict(
      "Receipts name the landlord: the organization's legal name and registered address (street, postcode, city) are missing from its settings",
      "org_identity_missing",
    );
  const object = await ports.docs.get(receiptKey(facts.lease.orgId, leaseId, period));
  if (!object) {
    const unprintable = await undrawableCharacters(ports.fonts, receiptTexts(facts.input));
    if (unprintable.length)
      throw new Conflict(
        `This receipt cannot be printed: ${describeCharacters(unprintable)} in a name or address. Edit it (renter profile, organisation or property) and ask again.`,
        "unprintable_text",
      );
    const job: ReceiptPdfJob = { kind: "receipt", leaseId, period };
    await ports.queues.pdf.send(job, { contentType: "json" });
    return null;
  }
  const file = translator(facts.input.locale, "pdf")("receipt.file");
  return { body: object.body, filename: `${file}-${period}.pdf` };
}
