import { and, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { ledgerEntries } from "../rent/schema";
import { auditEntryIf } from "../lib/audit";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { orgs } from "../orgs/schema";
import { deleteR2Prefix } from "./files";
import { applications } from "../applications/schema";
import { apartments } from "../portfolio/schema";
import { applicationRoomName } from "../../durable-objects/apartment-room.protocol";

/**
 * The end of a closed org's retention period (issue 16 §3). An org an owner closed (./org-closure.ts) keeps
 * everything until `orgs.purge_after`: its closing time plus 6 years for a person (Livre des procédures
 * fiscales art. L102 B: the records rental income is taxed on; beyond the 3-year limitation of lease actions,
 * loi n° 89-462 art. 7-1, and the 5-year civil one, Code civil art. 2224) or 10 years for a company (Code de
 * commerce art. L123-22: accounting records and their supporting documents). Past it, nothing justifies
 * keeping the org's data (GDPR art. 5(1)(e), storage limitation; art. 17(1)(a)).
 *
 * The daily retention run calls it (worker/jobs/retention-rules.ts, rule `closed_orgs`).
 */

/** At most this many orgs per run, so one run stays within a Worker's limits; the next run takes the rest. */
const ORGS_PER_RUN = 20;

/**
 * Deletes every closed org whose retention period ended at `now` (an epoch in ms; tests pass a controlled
 * clock): first its R2 files (every object under `orgs/<orgId>/`: agreements and their signature images,
 * receipts, statements, rent-revision letters, photos, expense receipts, the logo) and what its rooms store
 * (each apartment's and each application's chat log and feed: `rooms.roomsForgotten`), then in one D1 batch the
 * org is marked `purged_at`, its ledger deleted (the append-only trigger allows it for a marked org only;
 * migration 0041) and the org row deleted, which cascades to every org-owned row (properties, apartments,
 * leases, payments, documents, signatures, listings, applications, activities, maintenance, expenses,
 * memberships), with an `org.purged` audit row (no personal data; the audit log itself is append-only and
 * kept). The people stay: members and renters keep their own accounts.
 *
 * An org a platform admin enabled again (no longer disabled) is not purged. Idempotent: a run that failed
 * part-way is finished by the next (files first, so a crash never leaves files without their rows to find
 * them). Answers the ids purged.
 */
export async function purgeClosedOrgs(
  ports: Pick<Ports, "db" | "docs" | "requestId" | "rooms">,
  now: number = Date.now(),
): Promise<string[]> {
  const { db } = ports;
  const at = nowIso(now);
  const due = await db
    .select({ id: orgs.id })
    .from(orgs)
    .where(
      and(isNotNull(orgs.closedAt), eq(orgs.isDisabled, true), isNotNull(orgs.purgeAfter), lte(orgs.purgeAfter, at)),
    )
    .limit(ORGS_PER_RUN);
  const purged: string[] = [];
  for (const { id } of due) {
    await deleteR2Prefix(ports.docs, `orgs/${id}/`);
    const [places, conversations] = await db.batch([
      db.select({ id: apartments.id }).from(apartments).where(eq(apartments.orgId, id)),
      db.select({ id: applications.id }).from(applications).where(eq(applications.orgId, id)),
    ]);
    const unreached = await ports.rooms.roomsForgotten([
      ...places.map((a) => a.id),
      ...conversations.map((a) => applicationRoomName(a.id)),
    ]);
    // A room that could not be reached keeps the org for the next run (its rows name the rooms to redo).
    if (unreached.length) continue;
    const dueNow = and(eq(orgs.id, id), eq(orgs.isDisabled, true), lte(orgs.purgeAfter, at));
    const [, , deleted] = await db.batch([
      db
        .update(orgs)
        .set({ purgedAt: at })
        .where(and(dueNow, isNull(orgs.purgedAt))),
      db.delete(ledgerEntries).where(eq(ledgerEntries.orgId, id)),
      db.delete(orgs).where(and(eq(orgs.id, id), isNotNull(orgs.purgedAt))),
      auditEntryIf(
        db,
        { action: "org.purged", orgId: id, targetType: "org", targetId: id, requestId: ports.requestId },
        sql`not exists (select 1 from ${orgs} where ${orgs.id} = ${id})`,
      ),
    ]);
    // D1 counts the cascaded rows too: any change means the org row went.
    if (deleted.meta.changes > 0) purged.push(id);
  }
  return purged;
}
