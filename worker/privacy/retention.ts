import { and, eq, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import { applications, applicationStatusHistory } from "../applications/schema";
import { authTokens, sessions } from "../auth/schema";
import { devMail } from "../email/schema";
import { leases } from "../leases/schema";
import { auditLog } from "../lib/audit";
import { idempotencyKeys } from "../lib/idempotency";
import type { Ports } from "../lib/ports";
import { RETENTION_POLICY, type RetentionPeriod, type RetentionPolicy, type RetentionRuleId } from "./contract";
import { periodParts } from "./contract";
import { purgeAuditArchive } from "./audit-archive";
import { applicationRoomName } from "../../durable-objects/apartment-room.protocol";

/**
 * Retention rules (issue 16 §4): the public table of worker/privacy/contract.ts (what, how long, from when,
 * why), each id paired here with the purge that enforces it. The daily cron (worker/jobs/scheduled.ts) runs
 * them all with `runRetention`. Every purge is idempotent (a second run at the same `now` deletes nothing
 * more), deletes R2 objects along with the rows that name them, and answers how many rows (or objects) went.
 */

/** What a purge reaches: D1, the R2 bucket, the rooms (a purged conversation's log), the logger. */
export type RetentionPorts = Pick<Ports, "db" | "docs" | "log" | "requestId" | "rooms">;

/** A purge at `now` (ms since the epoch): deletes what is past its period; answers how many went. */
export type Purge = (ports: RetentionPorts, now: number) => Promise<{ deleted: number }>;

/** A rule: its public row and its purge. */
export type RetentionRule = RetentionPolicy & { purge: Purge };

/**
 * The instant `period` before `now`, ISO 8601 UTC. Months and years are calendar months in UTC, clamped to
 * the month's last day (13 months before 31 March is 28 or 29 February).
 */
export function instantBefore(period: RetentionPeriod, now: number): string {
  const { amount, unit } = periodParts(period);
  if (unit === "days") return new Date(now - amount * 86_400_000).toISOString();
  const months = unit === "months" ? amount : amount * 12;
  const d = new Date(now);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  target.setUTCHours(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  return target.toISOString();
}

const periodOf = (id: RetentionRuleId): RetentionPeriod => {
  const row = RETENTION_POLICY.find((p) => p.id === id);
  if (!row) throw new Error(`No retention policy ${id}`);
  return row.period;
};

/** Rows a D1 write changed. */
const changes = (result: { meta: { changes: number } }) => ({ deleted: result.meta.changes });

/**
 * When an application was withdrawn, rejected or accepted (its current status): its history row for that
 * status (the newest), or, for rows written before the history existed, its last update.
 */
const closedAt = sql`coalesce((select max(h.at) from ${applicationStatusHistory} h
  where h.application_id = ${applications.id} and h.to_status = ${applications.status}), ${applications.updatedAt})`;

/**
 * Applications withdrawn or rejected more than 90 days ago are deleted, with their status history (cascade);
 * so are applications accepted more than 90 days ago whose first payment never came, once their move-in day
 * is 90 days past too (still `accepted_pending_payment`: no lease followed; issue 16 tester, they were kept
 * for ever).
 * An application holds no file of its own: it points at the renter's reusable dossier (worker/dossier: the
 * documents by renter, the guarantors by id) and keeps a snapshot of the profile and the chosen guarantors'
 * ids. Deleting it removes the snapshot and the landlord's only way to the dossier (review and `/files`
 * grants go through the application); the renter's own dossier stays theirs to keep or delete.
 * CNIL référentiel « gestion locative »: an unsuccessful candidate's data is kept 3 months at most.
 */
const purgeClosedApplications: Purge = async (ports, now) => {
  const cutoff = instantBefore(periodOf("application_closed"), now);
  return purgeApplications(
    ports,
    or(
      and(inArray(applications.status, ["withdrawn", "rejected"]), sql`${closedAt} < ${cutoff}`),
      // Accepted, never paid: 90 days after the acceptance AND after the move-in day the first payment was
      // due by (an acceptance months ahead of the move-in is not a lapsed one; reviewer).
      and(
        eq(applications.status, "accepted_pending_payment"),
        sql`${closedAt} < ${cutoff}`,
        lt(applications.moveInDate, cutoff.slice(0, 10)),
      ),
    )!,
  );
};

/**
 * Deletes the applications `where` selects, with their conversations (issue 16 tester: their chat stayed in
 * the room's storage): each round takes at most 90 (their ids are bound into the delete), has each one's room
 * delete its log first, then deletes only those whose room is gone, so a room that could not be reached keeps
 * its row for the next run to find. At most 10 rounds a run. Answers how many applications went.
 */
async function purgeApplications(ports: RetentionPorts, where: SQL): Promise<{ deleted: number }> {
  let deleted = 0;
  for (let round = 0; round < 10; round++) {
    const due = await ports.db.select({ id: applications.id }).from(applications).where(where).limit(90);
    if (!due.length) break;
    const failed = new Set(await ports.rooms.roomsForgotten(due.map((a) => applicationRoomName(a.id))));
    const ids = due.map((a) => a.id).filter((id) => !failed.has(applicationRoomName(id)));
    if (ids.length)
      deleted += (
        await ports.db
          .delete(applications)
          .where(and(inArray(applications.id, ids), where))
          .returning({ id: applications.id })
      ).length;
    if (failed.size) break;
  }
  return { deleted };
}

/**
 * Confirmed applications are deleted 12 months after their lease's last day (`leases.end_date`, inclusive;
 * a lease without an end keeps its application). The lease itself, its renters, ledger and agreements stay:
 * they are the contract and the accounts, under their own rules. Same reach as above: the snapshot and the
 * landlord's access to the dossier as applied go; the renter's dossier does not.
 */
const purgeConfirmedApplications: Purge = async (ports, now) => {
  // The lease's last day must be before the UTC date 12 months ago: due the day after its anniversary.
  const lastKeptEnd = instantBefore(periodOf("application_confirmed"), now).slice(0, 10);
  const ended = ports.db
    .select({ id: leases.id })
    .from(leases)
    .where(and(isNotNull(leases.endDate), lt(leases.endDate, lastKeptEnd)));
  return purgeApplications(ports, and(eq(applications.status, "confirmed"), inArray(applications.leaseId, ended))!);
};

/** Sessions that expired or were revoked more than 30 days ago (their refresh tokens cascade). */
const purgeSessions: Purge = async ({ db }, now) => {
  const cutoff = instantBefore(periodOf("sessions"), now);
  return changes(
    await db
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, cutoff), and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, cutoff)))),
  );
};

/** One-time links (email verification, password reset, …) once used or expired. */
const purgeOneTimeLinks: Purge = async ({ db }, now) => {
  const cutoff = instantBefore(periodOf("one_time_links"), now);
  return changes(await db.delete(authTokens).where(or(lt(authTokens.expiresAt, cutoff), isNotNull(authTokens.usedAt))));
};

/** Idempotency keys (lib/idempotency.ts) older than their 24 hours, with the response they stored. */
const purgeIdempotencyKeys: Purge = async ({ db }, now) =>
  changes(
    await db
      .delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, instantBefore(periodOf("idempotency_keys"), now))),
  );

/** The dev mailbox (local and staging mail, `/dev/mail`) after 7 days. */
const purgeDevMail: Purge = async ({ db }, now) =>
  changes(await db.delete(devMail).where(lt(devMail.createdAt, instantBefore(periodOf("dev_mail"), now))));

/**
 * Audit entries in D1 older than 13 months whose (org, day) is in the R2 archive (worker/privacy/audit-archive.ts).
 * The delete trigger (migration 0042) refuses any entry whose day is not archived, so the filter here is
 * also the database's rule: nothing recorded leaves D1 before its copy is in R2.
 */
const purgeArchivedAuditEntries: Purge = async ({ db }, now) => {
  const cutoff = instantBefore(periodOf("audit_log_database"), now);
  return changes(
    await db.delete(auditLog).where(
      and(
        lt(auditLog.at, cutoff),
        sql`exists (select 1 from audit_archive_days a
            where a.org_key = coalesce(${auditLog.orgId}, 'platform') and a.day = substr(${auditLog.at}, 1, 10))`,
      ),
    ),
  );
};

/** The rules whose purge belongs to another feature (exports, erasure): given by worker/jobs/retention-rules.ts. */
export type ForeignRuleId = "export_zips" | "closed_orgs";

/** Purges by rule id (this feature's): with the foreign ones, the compiler asks for one per row of RETENTION_POLICY. */
const PURGES: Record<Exclude<RetentionRuleId, ForeignRuleId>, Purge> = {
  application_closed: purgeClosedApplications,
  application_confirmed: purgeConfirmedApplications,
  sessions: purgeSessions,
  one_time_links: purgeOneTimeLinks,
  idempotency_keys: purgeIdempotencyKeys,
  dev_mail: purgeDevMail,
  audit_log_database: purgeArchivedAuditEntries,
  audit_archive: (ports, now) => purgeAuditArchive(ports, instantBefore(periodOf("audit_archive"), now)),
};

/**
 * Every rule, in the public table's order, with its purge: this feature's, and `foreign` for the rules whose
 * data another feature owns (the export ZIPs, closed orgs; features do not import each other's services).
 */
export function retentionRules(foreign: Record<ForeignRuleId, Purge>): readonly RetentionRule[] {
  const purges: Record<RetentionRuleId, Purge> = { ...PURGES, ...foreign };
  return RETENTION_POLICY.map((policy) => ({ ...policy, purge: purges[policy.id] }));
}

/**
 * Runs every rule at `now` (ms since the epoch), one after the other. A rule that throws is logged and
 * counted as failed; the others still run. Answers `{ <rule id>: deleted count | "failed" }` (also logged).
 */
export async function runRetention(
  ports: RetentionPorts,
  now: number,
  rules: readonly RetentionRule[],
): Promise<Record<string, number | "failed">> {
  const counts: Record<string, number | "failed"> = {};
  for (const rule of rules) {
    try {
      counts[rule.id] = (await rule.purge(ports, now)).deleted;
    } catch (error) {
      counts[rule.id] = "failed";
      ports.log.error("retention rule failed", { rule: rule.id, error });
    }
  }
  ports.log.info("retention", counts);
  return counts;
}
