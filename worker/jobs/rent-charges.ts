import { createDb } from "../db/client";
import type { Logger } from "../lib/log";
import { chargeDueRent } from "../rent/service";

/**
 * Daily rent charges (06:00 UTC). Guarantees: each lease gets at most one charge per period — the
 * `charge:<leaseId>:<period>` source ref is unique and the inserts are `on conflict do nothing` — so a
 * repeated or retried run changes nothing, and a missed run is caught up the next day (every due period
 * from the lease start to the current month is charged). Assumes due days are 1–28 and dates are UTC.
 */
export async function runRentCharges(env: Env, log: Logger, now: number) {
  const result = await chargeDueRent(createDb(env.DB), now);
  log.info("rent charges", result);
  return result;
}
