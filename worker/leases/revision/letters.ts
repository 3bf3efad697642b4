import { desc, eq } from "drizzle-orm";
import { leaseHandle, type ScopedHandle } from "../../db/scoped";
import { Conflict, NotFound } from "../../lib/errors";
import { isLocale, type Locale } from "../../lib/i18n/locales";
import { undrawableCharacters } from "../../lib/pdf/coverage";
import { describeCharacters, pdfBytes, UndrawableTextError } from "../../lib/pdf/text";
import type { Ports } from "../../lib/ports";
import { todayIn } from "../../lib/calendar";
import type { RentRevisionLetterJob } from "./contract";
import { letterTexts, type LetterDrawer, type LetterInput } from "./letter-input";
import { leaseRentersQuery, renterName, revisionLeaseQuery } from "./queries";
import { rentRevisions } from "./schema";

/**
 * Rent revision letters: one PDF per confirmed revision, rendered on the PDF queue when the revision is
 * confirmed (or the first time it is asked for) and kept in R2 (`orgs/<orgId>/rent-revisions/<leaseId>/<id>.pdf`).
 */
const letterKey = (orgId: string, leaseId: string, revisionId: string) =>
  `orgs/${orgId}/rent-revisions/${leaseId}/${revisionId}.pdf`;

/**
 * The reads behind a letter of the handle's lease: the lease and its org and home, the revision (`revisionId`,
 * else the latest), the renters.
 */
export function letterQueries(l: ScopedHandle, revisionId?: string) {
  const revision = revisionId
    ? l.select(rentRevisions, eq(rentRevisions.id, revisionId))
    : l.select(rentRevisions).orderBy(desc(rentRevisions.anniversary)).limit(1);
  return [revisionLeaseQuery(l), revision, leaseRentersQuery(l)] as const;
}

type Q = ReturnType<typeof letterQueries>;
type LetterRows = [Awaited<Q[0]>, Awaited<Q[1]>, Awaited<Q[2]>];

/** The language of a lease's documents: its org's language (the lease has none of its own yet), else French. */
const leaseLocale = (orgLocale: string): Locale => (isLocale(orgLocale) ? orgLocale : "fr");

/** Everything the letter says, from `letterQueries`' rows; null when the lease or the revision does not exist. */
function letterFacts([[lease], [revision], renters]: LetterRows) {
  if (!lease || !revision) return null;
  return {
    orgId: lease.orgId,
    revisionId: revision.id,
    input: {
      locale: leaseLocale(lease.locale),
      landlord: { name: lease.orgName, address: lease.orgAddress ?? "" },
      renters: renters.map(renterName),
      propertyAddress: `${lease.street}, ${lease.postalCode} ${lease.city} (${lease.unit})`,
      anniversary: revision.anniversary,
      previousRent: revision.previousRent,
      newRent: revision.newRent,
      currency: revision.currency,
      base: { quarter: revision.baseQuarter, value: revision.baseValue },
      new: { quarter: revision.newQuarter, value: revision.newValue },
      effectivePeriod: revision.effectivePeriod,
      issuedOn: todayIn(lease.timezone, Date.parse(revision.confirmedAt)),
      letterId: `${lease.id.slice(0, 8)}-${revision.anniversary}`,
    } satisfies LetterInput,
  };
}

/**
 * The PDF queue job: has `draw` (the render worker) render the letter and stores it in R2 (idempotent: same
 * bytes, same key).
 */
export async function renderLetterJob(
  ports: Pick<Ports, "db" | "docs" | "fonts">,
  job: RentRevisionLetterJob,
  draw: LetterDrawer,
) {
  const l = leaseHandle(ports.db, job.leaseId);
  const facts = letterFacts(await l.batch([...letterQueries(l, job.revisionId)]));
  if (!facts) return null;
  let bytes: Uint8Array;
  try {
    bytes = pdfBytes(await draw.revisionLetter(facts.input, ports.fonts));
  } catch (error) {
    // No retry prints it: the download answers 409 `unprintable_text` naming the characters (storedLetter).
    if (error instanceof UndrawableTextError) return null;
    throw error;
  }
  await ports.docs.put(letterKey(facts.orgId, job.leaseId, job.revisionId), bytes, {
    httpMetadata: { contentType: "application/pdf" },
  });
  return null;
}

/**
 * The letter PDF from R2; when it is not rendered yet, queues its rendering and answers null (ask again
 * shortly). Errors: 404 (no such lease, or no such revision asked for), 409 `no_rent_revision` while the
 * lease has none, 409 `unprintable_text` when a name or address has characters no PDF font draws (named).
 */
export async function storedLetter(
  ports: Pick<Ports, "docs" | "queues" | "fonts">,
  rows: LetterRows,
  leaseId: string,
  revisionId?: string,
) {
  const facts = letterFacts(rows);
  if (!rows[0][0]) throw new NotFound("Lease");
  if (!facts && revisionId) throw new NotFound("Rent revision");
  if (!facts) throw new Conflict("This lease has no confirmed rent revision yet", "no_rent_revision");
  const ids = { leaseId, revisionId: facts.revisionId };
  const object = await ports.docs.get(letterKey(facts.orgId, leaseId, facts.revisionId));
  if (object) return { body: object.body, filename: `rent-revision-${facts.input.anniversary}.pdf` };
  const unprintable = await undrawableCharacters(ports.fonts, letterTexts(facts.input));
  if (unprintable.length)
    throw new Conflict(
      `This letter cannot be printed: ${describeCharacters(unprintable)} in a name or address. Edit it (renter profile, organisation or property) and ask again.`,
      "unprintable_text",
    );
  const job: RentRevisionLetterJob = { kind: "rent_revision_letter", ...ids };
  await ports.queues.pdf.send(job, { contentType: "json" });
  return null;
}
