import type { Context } from "hono";
import { readDocument } from "../auth/access";
import { requireLeasePrivate, type Permission } from "../auth/policy";
import type { AppEnv } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses } from "../lib/openapi";
import { nowIso } from "../lib/time";
import type { Acting } from "./agreements";
import { documentReads } from "./queries";
import type { DocumentRow } from "./schema";
import type { DocumentActor } from "./state";
import type { ViewContext } from "./view";

/** What the documents routers share: loading an agreement with its access check, telling the room. */

type Ctx = Context<AppEnv>;

export const tags = ["Documents"];

/** The problem answers an operation can give, for its OpenAPI `responses`. */
export function problems<K extends keyof typeof errorResponses>(...codes: K[]): Pick<typeof errorResponses, K> {
  const picked: Partial<Pick<typeof errorResponses, K>> = {};
  for (const code of codes) picked[code] = errorResponses[code];
  return picked as Pick<typeof errorResponses, K>;
}

export function viewContext(c: Ctx, actor: DocumentActor, country?: string | null): ViewContext {
  return { actor, filesSigningKey: c.env.FILES_SIGNING_KEY, country };
}

/**
 * The agreement, its signatures, its attachments and its dwelling's country with the caller's access to it:
 * one round trip. The
 * landlord side of its apartment or the renters of its lease; `permission` narrows it (404 for a renter
 * without it, 403 for a member). 404 when there is no such agreement. `timezone` is the org's (IANA).
 */
export async function loadDocument(c: Ctx, id: string, permission?: Permission) {
  const {
    actor,
    l,
    results: [[doc], signatures, attachments, [zone], [place], [lease]],
  } = await readDocument(c, id, (l) => [...documentReads(l, id)], permission);
  if (!doc) throw new NotFound("Document");
  requireLeasePrivate(actor);
  const acting: Acting & { signatures: typeof signatures } = {
    l,
    actor,
    doc,
    signatures,
    country: place?.country ?? null,
    lease,
  };
  return { ...acting, attachments, timezone: zone?.timezone ?? "UTC" };
}

/** Tells the apartment's room (after the response; best effort) that an agreement changed status. */
export function announce(c: Ctx, doc: Pick<DocumentRow, "id" | "apartmentId" | "status">) {
  c.executionCtx.waitUntil(
    c.get("ports").rooms.documentChanged(doc.apartmentId, { documentId: doc.id, status: doc.status, at: nowIso() }),
  );
}
