import type { Ports } from "../lib/ports";
import { chargeDueRent } from "../rent/charges";

/**
 * Daily rent charges (06:00 UTC). Guarantees: each lease gets at most one charge per period — the
 * `charge:<leaseId>:<period>` source ref is unique and the inserts are `on conflict do nothing` — so a
 * repeated or retried run changes nothing, and a missed run is caught up the next day (every due period
 * from the lease start to the current month is charged). Assumes due days are 1–28 and dates are UTC.
 */
export async function runRentCharges(ports: Pick<Ports, "db" | "log">, now: number) {
  const result = await chargeDueRent(ports.db, now);
  ports.log.info("rent charges", result);
  return result;
}
