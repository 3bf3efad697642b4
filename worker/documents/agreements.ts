import { and, eq, inArray, type SQL } from "drizzle-orm";
import { ZodError } from "zod";
import { updateIf } from "../db/conditional";
import type { ScopedHandle } from "../db/scoped";
import { AppError, Conflict, Invalid, invalidFromZod } from "../lib/errors";
import { leaseDuration } from "../lib/french-lease-law";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import type { CreateDocumentInput, DocumentPdfJob, OwnRenterDetails, UpdateDocumentInput } from "./contract";
import { agreementFields, type AgreementFields } from "./fields";
import { templateNameFor } from "./law";
import { assertAgreesWithLease, assertTemplateFits, leasePatch, type LeaseHeld } from "./lease-terms";
import { prefill } from "./prefill";
import { documents, type DocumentRow } from "./schema";
import { fromStatuses, requireTransition, type DocumentAction, type DocumentActor } from "./state";

/**
 * Drafting rental agreements: create (prefilled), edit, complete one's own details, render, duplicate.
 * Every status change is one guarded UPDATE on the statuses the lifecycle (./state.ts) allows, so racing
 * requests cannot skip or repeat a step; a signed agreement is never changed again.
 */

/**
 * An agreement being acted on: the handle on its lease, who acts, the row as read with the access check,
 * and the country of its dwelling (whose law governs the lease: lib/french-lease-law.ts).
 */
export type Acting = {
  l: ScopedHandle;
  actor: DocumentActor & { userName: string };
  doc: DocumentRow;
  country: string | null;
  /** What its lease holds (./lease-terms.ts); undefined only if the lease is gone. */
  lease: LeaseHeld | undefined;
};

/**
 * The merged fields, validated (400 naming `templateFields.<path>`). With both dates, the term in months is
 * the dates' own, counting both ends (1 September to 31 August: 12), so the stored figure never disagrees.
 */
function parseFields(input: unknown): AgreementFields {
  const parsed = agreementFields.safeParse(input);
  if (!parsed.success) {
    // Worded per language from the issues (worker/lib/problem-language.ts), never zod's own text.
    throw invalidFromZod(new ZodError(parsed.error.issues.map((i) => ({ ...i, path: ["templateFields", ...i.path] }))));
  }
  const f = parsed.data;
  const { startDate, endDate } = f.lease;
  if (!startDate || !endDate || endDate < startDate) return f;
  return { ...f, lease: { ...f.lease, periodMonths: Math.max(1, leaseDuration(startDate, endDate).months) } };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Deep merge of plain objects; arrays and values from `patch` replace those in `base`. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (isPlainObject(base) && isPlainObject(patch)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
    return out;
  }
  return patch;
}

/**
 * Ids inside the body are checked like ids in paths: each `templateFields.renters[].userId` must be one of
 * `known` (the lease's joined renters when drafting; the agreement's own renters when editing), once each.
 * Otherwise 422 `unknown_renter` (Rentline would email "an agreement to sign" to a stranger) or 400
 * `invalid_input` for a renter listed twice.
 */
function assertRentersOf(fields: AgreementFields, known: Set<string>) {
  const seen = new Set<string>();
  fields.renters.forEach((r, i) => {
    const path = `templateFields.renters.${i}.userId`;
    if (!known.has(r.userId))
      throw new AppError(
        422,
        "unknown_renter",
        "Renters can be edited but not replaced: this renter is not on the lease",
        [{ path, message: "Not a renter of this lease" }],
      );
    if (seen.has(r.userId))
      throw new Invalid(`${path}: this renter is listed twice`, [{ path, message: "Listed twice" }]);
    seen.add(r.userId);
  });
}

/** A fresh row: no PDF, no signature, a draft. */
function draftRow(
  base: Pick<DocumentRow, "orgId" | "apartmentId" | "leaseId" | "templateName">,
  rest: {
    templateFields: AgreementFields;
    createdBy: string;
    renewedFromId: string | null;
  },
): DocumentRow {
  const now = nowIso();
  return {
    id: newId(),
    orgId: base.orgId,
    apartmentId: base.apartmentId,
    leaseId: base.leaseId,
    templateName: base.templateName,
    status: "draft",
    revision: 0,
    pdfKey: null,
    sha256: null,
    pdfSize: null,
    signedPdfKey: null,
    signedSha256: null,
    failureReason: null,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
    signedAt: null,
    ...rest,
  };
}

async function insertDraft(l: ScopedHandle, row: DocumentRow): Promise<DocumentRow> {
  const { orgId: _, ...values } = row;
  await l.insert(documents, values);
  return row;
}

/**
 * Creates a draft agreement on the lease behind `l`, prefilled from what the org, property, apartment,
 * lease and renter profiles know; `input.templateFields` overrides any of it (objects merge). 400 for
 * invalid merged fields (paths `templateFields.…`), 404 for an unknown lease, 409 `no_renters`, 422
 * `unknown_renter` for a `renters[].userId` that is not a joined renter of this lease. The lease's kind comes
 * along (`lease.kind`): the template must be one for its furniture (422 `template_mismatch` at `templateName`
 * for `standard-fr-unfurnished` on a furnished lease: nothing is swapped), the language and clause set are
 * the caller's choice.
 * What the lease holds (kind, landlord kind, dates, rent, due day, deposit, currency) is the lease's: an
 * override to another value is 422 `agreement_contradicts_lease` (./lease-terms.ts).
 */
export async function createAgreement(
  l: ScopedHandle,
  actor: DocumentActor & { orgId: string; apartmentId: string },
  leaseId: string,
  input: CreateDocumentInput,
): Promise<DocumentRow> {
  const { known, lease } = await prefill(l, leaseId, actor.userId);
  const merged = merge(known, input.templateFields);
  parseFields(merged); // 400 for invalid input before 422 for a contradiction
  assertAgreesWithLease(input.templateFields, lease, known);
  const fields = parseFields(merge(merged, leasePatch(lease)));
  assertRentersOf(fields, new Set((known.renters ?? []).map((r) => r.userId)));
  const templateName = input.templateName;
  assertTemplateFits(templateName, fields.lease.kind);
  return insertDraft(
    l,
    draftRow(
      { orgId: actor.orgId, apartmentId: actor.apartmentId, leaseId, templateName },
      { templateFields: fields, createdBy: actor.userId, renewedFromId: null },
    ),
  );
}

/** A new draft from an agreement (typically a signed one, for a renewal): same terms, no dates, no signatures. */
export function duplicateForRenewal({ l, actor, doc }: Acting): Promise<DocumentRow> {
  const f = doc.templateFields;
  const fields: AgreementFields = {
    ...f,
    date: "",
    lease: { ...f.lease, startDate: "", endDate: "" },
    rent: { ...f.rent, standingOrderStart: "" },
  };
  return insertDraft(l, draftRow(doc, { templateFields: fields, createdBy: actor.userId, renewedFromId: doc.id }));
}

/**
 * The agreement's row through the handle, in a status `action` may start from (and `extra`): the guard of
 * every write of that action.
 */
export function documentFor(l: ScopedHandle, doc: Pick<DocumentRow, "id">, action: DocumentAction, extra?: SQL): SQL {
  // `inScope` always has the org filter, so the condition is never empty.
  return l.inScope(documents, and(eq(documents.id, doc.id), inArray(documents.status, fromStatuses(action)), extra))!;
}

/**
 * The guarded UPDATE of `action` on the agreement: lands only from a status the lifecycle allows (and, with
 * `revision`, only if no render was requested meanwhile). The change happened iff a row comes back.
 */
function guarded(
  db: Ports["db"],
  { l, doc }: Acting,
  action: DocumentAction,
  set: Partial<DocumentRow>,
  revision?: number,
) {
  const sameRevision = revision === undefined ? undefined : eq(documents.revision, revision);
  return updateIf(db, documents, set, documentFor(l, doc, action, sameRevision));
}

async function saveFields(ports: Pick<Ports, "db">, on: Acting, action: DocumentAction, fields: AgreementFields) {
  const [saved] = await guarded(ports.db, on, action, {
    templateFields: fields,
    templateName: templateNameFor(on.doc.templateName, fields.lease.kind),
    status: "draft",
    pdfKey: null,
    sha256: null,
    pdfSize: null,
    failureReason: null,
    updatedAt: nowIso(),
  });
  if (!saved) throw new Conflict("The agreement changed meanwhile; reload it", "stale");
  return saved;
}

/**
 * The landlord side saves edited fields (merged onto the current ones); a rendered PDF no longer matches
 * them, so the agreement is a draft again. Renters' details may change, not who they are (422
 * `unknown_renter`; 400 for one listed twice). What the lease holds is copied from it (./lease-terms.ts):
 * an edit setting one of those to another value is 422 `agreement_contradicts_lease`.
 */
export async function updateFields(ports: Pick<Ports, "db">, on: Acting, input: UpdateDocumentInput) {
  const { actor, doc } = on;
  requireTransition("edit", actor, doc);
  const merged = merge(doc.templateFields, input.templateFields);
  let fields = parseFields(merged); // 400 for invalid input before 422 for a contradiction
  if (on.lease) {
    assertAgreesWithLease(input.templateFields, on.lease, doc.templateFields);
    fields = parseFields(merge(merged, leasePatch(on.lease)));
  }
  assertRentersOf(fields, new Set(doc.templateFields.renters.map((r) => r.userId)));
  return saveFields(ports, on, "edit", fields);
}

/** A renter completes their own entry, and nothing else (403 for anyone not among the agreement's renters). */
export async function updateOwnDetails(ports: Pick<Ports, "db">, on: Acting, details: OwnRenterDetails) {
  const { actor, doc } = on;
  requireTransition("completeDetails", actor, doc);
  const fields = {
    ...doc.templateFields,
    renters: doc.templateFields.renters.map((r) => (r.userId === actor.userId ? { ...r, ...details } : r)),
  };
  return saveFields(ports, on, "completeDetails", fields);
}

/**
 * Queues a render on the PDF queue. Repeating the request while one runs is harmless; a signed agreement
 * re-renders only its final PDF (409 `already_rendered` once it exists).
 */
export async function requestRender(ports: Pick<Ports, "db" | "queues">, on: Acting): Promise<DocumentRow> {
  const { actor, doc } = on;
  if (doc.status === "rendering") return doc;
  if (doc.status === "signed") {
    requireTransition("finalize", actor, doc);
    if (doc.signedPdfKey) throw new Conflict("This agreement is signed and its final PDF exists", "already_rendered");
    await queuePdf(ports, { kind: "signed_agreement", documentId: doc.id });
    return doc;
  }
  requireTransition("render", actor, doc);
  // Each render request bumps the revision: a late render of older fields cannot overwrite a newer one.
  const [queued] = await guarded(
    ports.db,
    on,
    "render",
    { status: "rendering", revision: doc.revision + 1, failureReason: null, updatedAt: nowIso() },
    doc.revision,
  );
  if (!queued) throw new Conflict("The agreement changed meanwhile; reload it", "stale");
  await queuePdf(ports, { kind: "agreement", documentId: doc.id, revision: queued.revision });
  return queued;
}

/** Puts a job on the PDF queue (worker/jobs/pdf-consumer.ts renders it). */
export function queuePdf(ports: Pick<Ports, "queues">, job: DocumentPdfJob) {
  return ports.queues.pdf.send(job, { contentType: "json" });
}
