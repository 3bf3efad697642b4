import { z } from "zod";
import { pageQuery, pageSchema } from "../lib/pagination";
import { property } from "../portfolio/contract";
import { rentDashboard } from "../rent/contract";

/**
 * The org dashboard's contract (GET /api/dashboard): the figures an owner or manager opens the app on.
 * Money is per currency, integers in minor units; months `YYYY-MM`; dates `YYYY-MM-DD` in the org's time
 * zone; instants ISO-8601 UTC.
 */

/** `?page=&limit=` of the properties listed under the figures. */
export const dashboardQuery = pageQuery;

const money = z.number().int();
const place = { apartmentId: z.string(), unitNumber: z.string(), propertyName: z.string() };

/** One currency's month: expected vs collected, and what is overdue (as of today). */
const moneyFigures = z.object({
  currency: z.string(),
  expected: money,
  collected: money,
  overdue: z.object({
    amount: money,
    leases: z.number().int().meta({ description: "Leases with at least one overdue period" }),
    oldestPeriod: z.string().nullable().meta({ description: "The oldest overdue period, `YYYY-MM`" }),
    daysLate: z.number().int().meta({ description: "Days late of the oldest overdue period" }),
  }),
});

/** A payment a renter reported, waiting for the landlord side to confirm it (an activity id to confirm). */
const paymentToConfirm = z.object({
  activityId: z.string(),
  ...place,
  authorName: z.string(),
  amount: money,
  currency: z.string(),
  period: z.string().nullable(),
  createdAt: z.string(),
});

/** A lease ending soon (its last day, inclusive), with its renters' names. */
const endingLease = z.object({ leaseId: z.string(), ...place, endDate: z.string(), renters: z.string() });

/** The org dashboard. */
export const orgDashboard = z
  .object({
    month: z.string(),
    today: z.string(),
    money: z.array(moneyFigures),
    series: rentDashboard.shape.series,
    overdue: rentDashboard.shape.overdue,
    toConfirm: z.object({ count: z.number().int(), items: z.array(paymentToConfirm) }),
    applications: z.object({
      pending: z.number().int().meta({ description: "Applications waiting for a decision" }),
      oldest: z.string().nullable().meta({ description: "When the oldest of them arrived" }),
    }),
    apartments: z.object({ total: z.number().int(), let: z.number().int() }),
    vacancies: z.array(z.object({ ...place, nextStart: z.string().nullable() })),
    upcomingVacancies: z.array(endingLease),
    leasesEnding: z.array(endingLease),
    occupancy: z.array(z.object({ month: z.string(), let: z.number().int(), total: z.number().int() })),
    properties: pageSchema(property),
    maintenance: z.object({
      open: z
        .number()
        .int()
        .meta({ description: "Requests still to be done (open, triaged, scheduled, in progress, reopened)" }),
      overdue: z.number().int().meta({ description: "Among them, open past their urgency's acknowledgement time" }),
    }),
  })
  .meta({ id: "OrgDashboard" });
export type OrgDashboard = z.infer<typeof orgDashboard>;
