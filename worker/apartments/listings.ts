import { and, desc, eq, exists, inArray, ne, sql } from "drizzle-orm";
import { rolesWith } from "../auth/policy";
import { applications } from "../applications/schema";
import type { ScopedHandle } from "../db/scoped";
import { listings } from "../listings/schema";
import { memberships } from "../orgs/schema";
import type { ApartmentListing } from "./contract";

/**
 * The apartment page's listings (issue 14 tester: a vacant apartment said nothing of its ad): the apartment's
 * listings that are not closed, newest first, each with how many applications wait for a decision, for members
 * who manage listings (owners, managers). Read in the page's one D1 batch; nobody else gets a row.
 */

/** How many listings the page names (an apartment has one open ad in practice). */
const LISTINGS_SHOWN = 5;

/** The read, for the apartment access-check batch (`a`: the apartment's handle; the viewer's user id). */
export function apartmentListingsRead(a: ScopedHandle, userId: string) {
  const manages = exists(
    a.selectFields(
      { one: sql`1` },
      memberships,
      and(eq(memberships.userId, userId), inArray(memberships.role, rolesWith("listing.manage"))),
    ),
  );
  return a
    .selectFields(
      {
        id: listings.id,
        title: listings.title,
        status: listings.status,
        availableFrom: listings.availableFrom,
        // Qualified by hand: drizzle prints a selected column unqualified, which the subquery would read as ap.id.
        pendingApplications: sql<number>`(select count(*) from ${applications} ap
          where ap.listing_id = "listings"."id" and ap.status = 'pending')`,
      },
      listings,
      and(ne(listings.status, "closed"), manages),
    )
    .orderBy(desc(listings.createdAt), desc(listings.id))
    .limit(LISTINGS_SHOWN);
}

/** The page's list from the read's rows (counts as numbers). */
export function apartmentListingsOf(rows: Awaited<ReturnType<typeof apartmentListingsRead>>): ApartmentListing[] {
  return rows.map((r) => ({ ...r, pendingApplications: Number(r.pendingApplications) }));
}
