import { isUniqueViolation } from "../db/errors";
import { AppError, Conflict, Invalid, NotFound, type FieldError } from "../lib/errors";
import { todayIn } from "../lib/calendar";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import type { listingPlaces } from "../listings/schema";
import { applicationQuery } from "./access";
import { adTermsQuery, assertLawfulApplication } from "./lease-law";
import type { ApplyInput, ProfileSnapshot } from "./contract";
import type { JoinedLeaseStatements } from "./deps";
import { notify, reviewerRecipients } from "./notify";
import { applyFactsQueries } from "./queries";
import { missingRequirements, profileSnapshotOf } from "./requirements";
import { applications, applicationStatusHistory } from "./schema";
import { transition } from "./transition";
import { SYSTEM_PAYMENTS_ACTOR } from "./contract";

/**
 * Applying to a listing, and the online-payment hook. The lifecycle after applying is ./transition.ts.
 */
type Mailing = Pick<Ports, "db" | "queues" | "appUrl" | "rooms">;
type PlaceRow = typeof listingPlaces.$inferSelect;

/** The place applied for: the one named, or the only one. 400 if none fits, 409 `room_full` if it is full. */
function choosePlace(places: PlaceRow[], roomId: string | undefined): PlaceRow {
  const place = roomId ? places.find((p) => p.id === roomId) : places.length === 1 ? places[0] : undefined;
  if (!place)
    throw new Invalid(roomId ? "roomId: no such room in this listing" : "roomId: choose a room", [
      { path: "roomId", message: roomId ? "Not a room of this listing" : "Choose a room" },
    ]);
  if (place.filled >= place.capacity) throw new Conflict(`${place.name} has no place left`, "room_full");
  return place;
}

/** The application row and its first history row (`pending`, by the renter), stamped with that row's id. */
function newApplication(
  orgId: string,
  userId: string,
  userName: string,
  input: Omit<ApplyInput, "roomId" | "profile"> & { roomId: string; profile: ProfileSnapshot },
) {
  const now = nowIso();
  const historyId = newId();
  const application: typeof applications.$inferSelect = {
    id: newId(),
    orgId,
    listingId: input.listingId,
    roomId: input.roomId,
    renterUserId: userId,
    status: "pending",
    moveInDate: input.moveInDate,
    durationMonths: input.durationMonths,
    guarantorIds: input.guarantorIds,
    message: input.message ?? null,
    profile: input.profile,
    transitionId: historyId,
    leaseId: null,
    incomeAmount: input.incomeAmount ?? null,
    createdAt: now,
    updatedAt: now,
  };
  const history: typeof applicationStatusHistory.$inferSelect = {
    id: historyId,
    orgId,
    applicationId: application.id,
    fromStatus: null,
    toStatus: "pending",
    actorUserId: userId,
    actorName: userName,
    actorSide: "renter",
    note: null,
    at: now,
  };
  return { application, history };
}

/**
 * 422 `move_in_in_past` (at `moveInDate`) when the move-in date is before today on the place's calendar
 * (`timeZone`: the property's zone, else the org's): a lease cannot start in the past.
 */
function assertMoveInAhead(moveInDate: string, timeZone: string) {
  const today = todayIn(timeZone);
  if (moveInDate < today)
    throw new AppError(422, "move_in_in_past", `The move-in date (${moveInDate}) is before today (${today})`, [
      { path: "moveInDate", message: "must not be before today", code: "move_in_in_past" },
    ]);
}

/** The rules a check broke, as field errors (its 422's `errors`); none when it passes. Other errors propagate. */
function lawBreaches(check: () => void): FieldError[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof AppError && error.status === 422 && error.errors) return error.errors;
    throw error;
  }
}

/**
 * Applies to a published listing with the renter's dossier (one read batch, one write batch). 404 for a
 * draft or unknown listing, 409 `listing_closed`, 400 for an unknown place or guarantor, 409 `room_full`,
 * 422 `dossier_incomplete` listing everything the listing requires and the dossier lacks (and, in the same
 * `errors`, each French lease-law rule the asked term breaks, with its own `code` and `params`), 409
 * `already_applied` for a second application to the same listing; for a dwelling in France, 422 with the
 * code of the first rule of loi n° 89-462 its lease would break (`lease_too_short` for a `durationMonths`
 * under the minimum of the ad's kind, `deposit_above_cap`; ./lease-law.ts); 422 `move_in_in_past` for a move-in
 * date before today on the place's calendar. Emails the renter and the reviewers.
 */
export async function apply(ports: Mailing, userId: string, input: ApplyInput) {
  const { db } = ports;
  const [[listing], places, [profile], ownKinds, chosen, [me], reviewers, [placeZone]] = await db.batch([
    ...applyFactsQueries(db, userId, input.listingId, input.guarantorIds),
  ]);
  if (!listing || listing.status === "draft" || !me) throw new NotFound("Listing");
  if (listing.status !== "published")
    throw new Conflict("This listing is closed to new applications", "listing_closed");
  const place = choosePlace(places, input.roomId);
  assertMoveInAhead(input.moveInDate, placeZone?.timezone ?? "UTC");
  const unknown = input.guarantorIds.filter((id) => !chosen.some((g) => g.id === id));
  if (unknown.length)
    throw new Invalid("guarantorIds: unknown guarantor", [
      { path: "guarantorIds", message: `Not one of your guarantors: ${unknown.join(", ")}` },
    ]);
  const snapshot = profileSnapshotOf(profile, input.profile);
  const missing = missingRequirements(listing, {
    snapshot,
    ownKinds: ownKinds.map((k) => k.kind),
    chosen,
    guarantorCount: input.guarantorIds.length,
  });
  // The lease this application would become must be lawful (French lease law, ./lease-law.ts): its broken
  // rules are told together with what the dossier lacks, never one refusal after another.
  const [ad] = await adTermsQuery(db, listing.id, place.id);
  const unlawful = ad ? lawBreaches(() => assertLawfulApplication(ad, input.moveInDate, input.durationMonths)) : [];
  if (missing.length)
    throw new AppError(
      422,
      "dossier_incomplete",
      `Your dossier does not meet this listing's requirements: ${missing.map((m) => m.message).join("; ")}`,
      [...missing, ...unlawful],
    );
  if (ad) assertLawfulApplication(ad, input.moveInDate, input.durationMonths);
  const { application, history } = newApplication(listing.orgId, userId, me.name, {
    ...input,
    roomId: place.id,
    profile: snapshot,
  });
  try {
    await db.batch([db.insert(applications).values(application), db.insert(applicationStatusHistory).values(history)]);
  } catch (error) {
    if (isUniqueViolation(error, "applications"))
      throw new Conflict("You have already applied to this listing", "already_applied");
    throw error;
  }
  const link = `${ports.appUrl}/applications/${application.id}`;
  await notify(
    ports,
    listing.orgId,
    [{ to: me.email, audience: "renter", link }, ...reviewerRecipients(reviewers, link)],
    {
      status: "pending",
      listingTitle: listing.title,
      applicantName: me.name,
      actorName: me.name,
      note: null,
    },
  );
  const { orgId: _, transitionId: __, ...shown } = application;
  return shown;
}

/**
 * The hook for online payments (Stripe, built with the rent feature): when the first payment of an
 * accepted application succeeds, the webhook calls this, and the application is confirmed exactly as if
 * the landlord had marked the payment received (same batch: place, lease, listing closed when full).
 * Repeated webhooks are harmless: a second call finds the application confirmed and gets a 409.
 */
export async function confirmAfterOnlinePayment(
  ports: Mailing,
  applicationId: string,
  paymentRef: string,
  joinedLeaseStatements: JoinedLeaseStatements,
) {
  const [row] = await applicationQuery(ports.db, applicationId, SYSTEM_PAYMENTS_ACTOR);
  if (!row) throw new NotFound("Application");
  // A kind and its value, not an English sentence: the history row's actor is `system:payments` (named
  // "Stripe", a brand) and its note the payment's reference; the UI words it in the reader's language.
  return transition(
    ports,
    { application: row, side: "landlord", role: null, userId: SYSTEM_PAYMENTS_ACTOR, userName: "Stripe" },
    "confirm",
    paymentRef,
    joinedLeaseStatements,
  );
}
