import { purgeClosedOrgs } from "../erasure/purge";
import { deleteExpiredExports } from "../exports/service";
import { retentionRules } from "../privacy/retention";

/**
 * The retention rules the daily job runs (worker/privacy/contract.ts lists them for the public): the privacy
 * feature's own purges and the two whose data other features own: a data export's ZIP 7 days after it is
 * ready (worker/exports, `deleteExpiredExports`), a closed org once its retention date has passed
 * (worker/erasure/purge.ts, `purgeClosedOrgs`: 6 or 10 years).
 */
export const RETENTION_RULES = retentionRules({
  export_zips: async ({ db, docs }, now) => ({ deleted: await deleteExpiredExports(db, docs, now) }),
  closed_orgs: async (ports, now) => ({ deleted: (await purgeClosedOrgs(ports, now)).length }),
});
