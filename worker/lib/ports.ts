import type { Db } from "../db/client";
import type { RoomRevocationReason } from "../domain";
import type { ImageCodec } from "./images";
import type { Logger } from "./log";
import { assetFonts, type FontSource } from "./pdf/coverage";
import { jobAppUrl } from "./served-origin";
import { staticAsset } from "./static-assets";

/**
 * What services reach outside themselves through: one bag, built once per request (`requestContext` in
 * worker/app.ts) and once per queue batch or cron run (`portsOf`). Services take the parts they use
 * (`Pick<Ports, "db" | "queues">`), never `Env` or a Hono context.
 */
export type Ports = {
  db: Db;
  /** The R2 bucket holding documents, photos and PDFs. */
  docs: R2Bucket;
  queues: { email: Queue; pdf: Queue };
  /** The queue that builds a person's data export (worker/exports, issue 16 §3). */
  exportQueue: Queue;
  /**
   * The PDF fonts (public/fonts in the static assets): their manifest answers which characters print
   * (lib/pdf/coverage.ts); the render worker reads the files through it when it draws a PDF for the queue.
   */
  fonts: FontSource;
  /** Re-encodes uploaded images and drawn signatures: the render worker (RENDER binding), see lib/images.ts. */
  images: ImageCodec;
  /** A static asset of the Worker (public/ in the repository, built by scripts/subset-fonts.mjs) as bytes. */
  asset: (path: string) => Promise<Uint8Array>;
  /** The origin for links in emails (`https://…`, no trailing slash). */
  appUrl: string;
  /** The request id (or job id) that log lines and problems carry. */
  requestId: string;
  log: Logger;
  /** Live updates to the apartment rooms (durable-objects/apartment-room.ts); best effort. */
  rooms: RoomEvents;
};

/**
 * A document's status change as an apartment room relays it to its clients: the room protocol's
 * `DocumentEvent` (durable-objects/apartment-room.protocol.ts; the implementation in rooms/publish.ts hands
 * this to the room's `publishDocument`, so the compiler checks the two agree). `at` is an ISO instant.
 */
type RoomDocumentEvent = { documentId: string; status: string; at: string };

/**
 * What features tell the apartment rooms, implemented by rooms/publish.ts (`roomEvents`). Every call is best
 * effort and never throws: clients reload documents and ledgers whenever they (re)connect. Call it after
 * the change is committed (in a request, under `waitUntil`).
 */
export interface RoomEvents {
  /** One of the apartment's documents changed status. */
  documentChanged(apartmentId: string, event: RoomDocumentEvent): Promise<void>;
  /** The ledger of one of the apartment's leases changed (a payment, a charge, an adjustment). */
  ledgerChanged(apartmentId: string, leaseId: string): Promise<void>;
  /**
   * Access was taken away (logout, sign-out elsewhere, password reset, ban, org disabled, a member removed or
   * their role changed, a lease ended, cancelled or left, a flat's chat shared or not): closes at once the
   * open sockets it names, in every room they are in. Their clients ask for a fresh ticket, which the API
   * grants only if some access remains. Await it: when the request answers, the sockets are closed.
   */
  revoke(revocation: RoomRevocation): Promise<void>;
  /**
   * Something the org's dashboard shows changed (`what`: payments, applications, leases): tells the org's
   * live channel (durable-objects/org-room.ts). The org by id, or by one of its apartments or applications
   * (one D1 read). Best effort, never throws.
   */
  orgChanged(org: OrgRef, what: "payments" | "applications" | "leases" | "maintenance"): Promise<void>;
  /**
   * A maintenance request of the apartment changed (reported, a status change, a comment, an assignment): the
   * room tells that lease's renters and staff (ids and status only; they reload it). Best effort, never throws.
   */
  maintenanceChanged(
    apartmentId: string,
    event: { requestId: string; leaseId: string | null; status: string; at: string },
  ): Promise<void>;
  /**
   * A feed entry the server wrote in the batch of another change (a maintenance step) was committed: the room
   * logs it and fans it out like a posted one (rooms/publish.ts `publishToRoom`). Best effort, never throws.
   */
  activityAdded(activity: { id: string; apartmentId: string }): Promise<void>;
  /**
   * An account was erased (issue 16 §3): in each of `rooms` (apartment ids, or `application-<id>`), the kept
   * chat messages and feed entries by `userId` show `name` from now on. Idempotent; best effort, never throws
   * (a failure is logged with the rooms to redo).
   */
  authorErased(rooms: string[], userId: string, name: string): Promise<void>;
  /**
   * A conversation's data is being purged (an application's by retention, a closed org's: issue 16 §4): each
   * of `rooms` closes its sockets and deletes what it stored (chat log, sequence numbers). Never throws:
   * answers the rooms it could not forget (logged), which the caller keeps in D1 to try again next run.
   */
  roomsForgotten(rooms: string[]): Promise<string[]>;
}

/** Which org: its id, or one of its apartments or applications. */
export type OrgRef = { orgId: string } | { apartmentId: string } | { applicationId: string };

/**
 * Which open room sockets a revocation closes: every filter given must match (at least one of `userIds`,
 * `orgId`, `room` is required; none closes nothing). `reason` is a stable code (worker/domain.ts
 * `ROOM_REVOCATION_REASONS`) the browser words in the reader's language; never an English sentence.
 */
export type RoomRevocation = {
  reason: RoomRevocationReason;
  userIds?: string[];
  /** Only these sessions (refresh-token families) of theirs. */
  sessionIds?: string[];
  /** Every session but this one ("sign out other devices"). */
  exceptSessionId?: string;
  /** Only rooms of this org. */
  orgId?: string;
  /** Only this room (an apartment id, or `application-<id>`). */
  room?: string;
  /** Only the renters' sockets. */
  side?: "landlord" | "renter";
};

/**
 * The ports over `env`'s bindings, for a request (worker/app.ts `requestContext`, with the request's origin
 * as `appUrl`) or a job or cron run (worker/jobs: the configured APP_URL, a fresh id). `rooms` comes from
 * the composition root, since lib/ imports no feature.
 */
export function portsOf(
  env: Env,
  run: Pick<Ports, "db" | "log" | "requestId" | "rooms">,
  appUrl: string = jobAppUrl(env),
): Ports {
  return {
    ...run,
    docs: env.DOCS,
    queues: { email: env.EMAIL_QUEUE, pdf: env.PDF_QUEUE },
    exportQueue: env.EXPORT_QUEUE,
    fonts: assetFonts(env.ASSETS),
    images: env.RENDER,
    asset: staticAsset(env.ASSETS),
    appUrl,
  };
}
