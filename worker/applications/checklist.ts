import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { readAsUser } from "../auth/access";
import type { Db } from "../db/client";
import { renterProfiles } from "../dossier/schema";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses, json } from "../lib/openapi";
import { listings } from "../listings/schema";
import { todayIn } from "../lib/calendar";
import { apartments, properties, propertyZone } from "../portfolio/schema";
import { lawfulDuration } from "./lease-law";
import { applications, applicationStatuses } from "./schema";
import { dossierReads } from "./queries";
import { profileSnapshotOf, requirementChecklist } from "./requirements";

/**
 * The renter's dossier checked against a listing's requirements before applying (issue 14 §6): every
 * requirement with whether it is met, the stable code the apply refusal (422 `dossier_incomplete`) would
 * give it, and the lawful lease durations of the listing's kind (what the apply form proposes).
 */

const checklistQuery = z.object({ listingId: z.string().min(1).max(64) });

const checklistView = z
  .object({
    listing: z.object({
      id: z.string(),
      title: z.string(),
      guarantorsRequired: z.number().int(),
      requiredDocuments: z.array(z.string()),
      moveInFrom: z.string().meta({
        description:
          "YYYY-MM-DD: the move-in date the apply form proposes, the listing's availability or, once past, today on the place's calendar (an earlier one is refused: 422 `move_in_in_past`)",
      }),
    }),
    items: z.array(
      z.object({
        code: z.enum([
          "profile_field_missing",
          "document_missing",
          "guarantors_missing",
          "guarantor_documents_missing",
        ]),
        path: z.string().meta({
          description: "`profile.<field>`, `documents.<kind>`, `guarantorIds` or `guarantors.<guarantorId>`",
        }),
        ok: z.boolean(),
      }),
    ),
    complete: z
      .boolean()
      .meta({ description: "Every requirement is met: applying will not be refused for the dossier" }),
    guarantors: z.array(z.object({ id: z.string(), name: z.string(), documents: z.number().int() })),
    duration: z
      .object({ min: z.number().int(), max: z.number().int(), default: z.number().int() })
      .meta({ description: "Lawful lease durations for this listing, months (French law in France)" }),
    application: z
      .object({ id: z.string(), status: z.enum(applicationStatuses) })
      .nullable()
      .meta({ description: "The caller's application to this listing (one per listing), null before applying" }),
  })
  .meta({ id: "DossierChecklist" });

/** The listing (published only) with its property's country, and the caller's dossier facts: one batch. */
function checklistQueries(db: Db, userId: string, listingId: string) {
  return [
    db
      .select({
        id: listings.id,
        title: listings.title,
        status: listings.status,
        guarantorsRequired: listings.guarantorsRequired,
        requiredDocuments: listings.requiredDocuments,
        furnished: listings.furnished,
        country: properties.country,
        availableFrom: listings.availableFrom,
        timezone: propertyZone(),
      })
      .from(listings)
      .innerJoin(apartments, eq(apartments.id, listings.apartmentId))
      .innerJoin(properties, eq(properties.id, apartments.propertyId))
      .where(and(eq(listings.id, listingId), eq(listings.status, "published"))),
    db.select().from(renterProfiles).where(eq(renterProfiles.userId, userId)),
    ...dossierReads(db, userId),
    db
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(and(eq(applications.listingId, listingId), eq(applications.renterUserId, userId))),
  ] as const;
}

export const checklistRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/me/checklist",
    operationId: "getDossierChecklist",
    summary: "Check the caller's dossier against a listing",
    tags: ["Applications"],
    description:
      "Every requirement of a published listing (profile fields, documents, guarantors, each guarantor's documents), met or not, against the caller's dossier with all their guarantors chosen; each item carries the code a 422 `dossier_incomplete` would give it. Also the lawful lease durations of the listing (`duration`, months) and the caller's own application to it (`application`, null before applying). 404 for a draft or unknown listing.",
    request: { query: checklistQuery },
    responses: { 200: json(checklistView), ...errorResponses },
  }),
  async (c) => {
    const { listingId } = c.req.valid("query");
    const {
      results: [[listing], [profile], ownKinds, chosen, [mine]],
    } = await readAsUser(c, (db, claims) => [...checklistQueries(db, claims.sub, listingId)]);
    if (!listing) throw new NotFound("Listing");
    const items = requirementChecklist(listing, {
      snapshot: profileSnapshotOf(profile),
      ownKinds: ownKinds.map((k) => k.kind),
      chosen,
      guarantorCount: chosen.length,
    });
    const { furnished, country, status: _, availableFrom, timezone, ...shown } = listing;
    const today = todayIn(timezone);
    return c.json(
      {
        listing: { ...shown, moveInFrom: availableFrom > today ? availableFrom : today },
        items: items.map(({ code, path, ok }) => ({ code, path, ok })),
        complete: items.every((i) => i.ok),
        guarantors: chosen,
        duration: lawfulDuration({ furnished, country }),
        application: mine ?? null,
      },
      200,
    );
  },
);
