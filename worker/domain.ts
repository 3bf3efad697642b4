/**
 * The product's shared vocabulary as types (docs/glossary.md defines each word). Feature folders and the UI
 * import these instead of restating the unions.
 */

/** Which side of a rental someone acts on: the org's people (landlord) or the people who rent (renter). */
export const SIDES = ["landlord", "renter"] as const;
export type Side = (typeof SIDES)[number];

/** Roles inside an org. A renter is never a member: they reach an apartment through a lease or an application. */
export const ROLES = ["owner", "manager", "maintenance"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Why a room closed someone's socket (`access_revoked`): a stable code the revocation carries (worker/lib/
 * ports.ts `RoomRevocation`) and the room's `error` frame hands to the browser, which shows it in the reader's
 * language (app/i18n/messages/<lang>/room.ts `revocation`). Never an English sentence: the frame's `detail`
 * is for logs only. The last three are the room's own refusals (worker/rooms/rights.ts) when it reads the
 * rights again and finds none.
 */
export const ROOM_REVOCATION_REASONS = [
  /** The account was suspended (admin ban). */
  "suspended",
  /** The organization was disabled by Rentline. */
  "org_disabled",
  /** This session signed out (logout, or the session removed from the account page). */
  "signed_out",
  /** Signed out from another device ("sign out other devices"). */
  "signed_out_elsewhere",
  /** A replayed refresh token ended this sign-in (it was used from elsewhere). */
  "sign_in_reused",
  /** The password was reset: every session ended. */
  "password_changed",
  /** The member's role in the organization changed (they reconnect with the new rights). */
  "role_changed",
  /** The member was removed from the organization. */
  "removed_from_org",
  /** The flat's chat became shared or private (renters reconnect with the new view). */
  "chat_setting_changed",
  /** The apartment (or its property) was deleted. */
  "apartment_deleted",
  /** The lease's dates changed (renters reconnect with the new window). */
  "lease_dates_changed",
  /** The lease was cancelled. */
  "lease_cancelled",
  /** The renter left the lease. */
  "left_lease",
  /** The application was rejected. */
  "application_rejected",
  /** The applicant withdrew the application. */
  "application_withdrawn",
  /** The application was confirmed (the conversation continues on the lease). */
  "application_confirmed",
  /** Refusal: the session ended (revoked or expired). */
  "session_ended",
  /** Refusal: the holder has no access to this room any more. */
  "no_access",
  /** Refusal: the holder's role does not let them into this room. */
  "role_forbids",
] as const;
export type RoomRevocationReason = (typeof ROOM_REVOCATION_REASONS)[number];

/**
 * The codes of the room's `error` frames (rooms/contract.ts `roomErrorCode`, durable-objects/apartment-room.frames.ts):
 * `access_revoked` (with a `reason`; the socket closes, 4003), `frame_too_large` and `invalid_frame` (a client bug;
 * the socket stays open), `read_only` (posting closed: the lease ended) and `rate_limited` (too many chat messages).
 */
export const ROOM_ERROR_CODES = [
  "access_revoked",
  "frame_too_large",
  "invalid_frame",
  "read_only",
  "rate_limited",
] as const;

/**
 * How a payment was made (issue 14): stored on payment activities (`activities.method`), offered by the
 * "I've paid" and "Record a payment" forms, shown in the reader's language (app/i18n/messages/<lang>/money.ts).
 */
export const PAYMENT_METHODS = ["transfer", "card", "cash", "cheque", "other"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * A listing's vocabulary (issue 17 §5: zod- and Drizzle-free, so the pages that show listings ship neither to
 * the browser). worker/listings/schema.ts and contract.ts re-export these; the UI imports them from here.
 */
export const listingTypes = ["studio", "room", "flat", "house"] as const;
/** Document kinds a listing may require and a renter's dossier may hold. */
export const documentKinds = ["id_card", "proof_of_study", "proof_of_income", "rib", "visa", "other"] as const;
/**
 * The classes of the French energy performance diagnosis (DPE, Code de la construction et de l'habitation
 * art. L126-26 and L126-33; arrêté du 31 mars 2021): A (best) to G (worst), for energy and for greenhouse
 * gases (GES). `not_required` is the explicit "DPE vierge / non requis" of a dwelling without a class.
 */
export const energyClasses = ["A", "B", "C", "D", "E", "F", "G"] as const;
export const energyClassChoices = [...energyClasses, "not_required"] as const;
/**
 * How monthly charges are paid (loi n° 89-462 art. 23 and 25-10): a provision adjusted once a year on the
 * real costs, a flat amount (furnished lets and shared flats only), or included in the rent.
 */
export const chargesKinds = ["provision", "flat", "included"] as const;
export type EnergyClass = (typeof energyClasses)[number];
export type EnergyClassChoice = (typeof energyClassChoices)[number];
export type DocumentKind = (typeof documentKinds)[number];
/** The public search's orders: rent (excluding charges) ascending or descending, or newest published first. */
export const searchSorts = ["price_asc", "price_desc", "newest"] as const;

/**
 * What happens to a maintenance request, as the feed and the emails tell it: it is reported, then each status it
 * reaches (worker/maintenance/schema.ts re-exports it; the apartment feed's browser code reads it too).
 */
export const MAINTENANCE_EVENTS = [
  "reported",
  "triaged",
  "scheduled",
  "in_progress",
  "resolved",
  "closed",
  "cancelled",
  "reopened",
] as const;
