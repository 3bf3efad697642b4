import { redirect } from "react-router";
import { z } from "zod";
import { replyFromProblem } from "./api.server";
import type { ServerContext } from "./context.server";
import { createDocumentInput } from "../../worker/documents/contract";
import { coRenterInput, leaseEndInput, leaseInput } from "../../worker/leases/contract";
import { requestLocale, translate } from "../i18n/translate.server";
import { formMessages, moneyInput, parseSubmission, postedCurrency, refused } from "./forms.server";
import { replyFromLawProblem } from "./law-problem.server";

type Api = ServerContext["api"];
const lease = { leaseId: z.string().min(1).max(64) };

/** A new lease: the contract's input, rent, charges and deposit typed as money in the apartment's currency. */
function leaseForm(currency: string, request: Request) {
  const money = moneyInput(currency, requestLocale(request), leaseInput.shape.rentAmount);
  return leaseInput.extend({
    rentAmount: money,
    chargesAmount: money.optional(),
    depositAmount: money.optional(),
    firstMonthAmount: money.optional(),
    lastMonthAmount: money.optional(),
  });
}
/** The lease forms' messages (new lease, co-renter, move-out date), in the request's language. */
function leaseMessages(request: Request) {
  const t = translate(request, "actionForms");
  const locale = requestLocale(request);
  return {
    lease: formMessages(
      {
        renterEmail: t("lease.renterEmail"),
        startDate: t("lease.startDate"),
        dueDay: { required: t("lease.dueDayRequired"), tooBig: t("lease.dueDayMax") },
        rentAmount: { required: t("lease.rentRequired") },
      },
      locale,
    ),
    coRenter: formMessages({ email: t("lease.coRenterEmail") }, locale),
    end: formMessages({ endDate: t("lease.endDate") }, locale),
    other: formMessages({}, locale),
  };
}

/**
 * Adds a renter: a lease on this apartment and an emailed invitation (POST /apartments/{id}/leases). A lease
 * in France that breaks loi n° 89-462 comes back with each rule's sentence next to its field.
 */
export async function addRenter(api: Api, apartmentId: string, form: FormData, request: Request) {
  const currency = postedCurrency(form);
  const submission = parseSubmission(form, leaseForm(currency, request), leaseMessages(request).lease);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await api.apartments[":id"].leases.$post({ param: { id: apartmentId }, json: submission.value });
  if (!res.ok) return replyFromLawProblem(res, submission, { request, currency });
  return { result: submission.reply() };
}

const coRenter = coRenterInput.extend(lease);

/** Invites another renter onto an existing lease. */
export async function addCoRenter(api: Api, form: FormData, request: Request) {
  const submission = parseSubmission(form, coRenter, leaseMessages(request).coRenter);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const { leaseId, email } = submission.value;
  const res = await api.leases[":id"].renters.$post({ param: { id: leaseId }, json: { email } });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply() };
}

const newDocument = createDocumentInput.omit({ templateFields: true }).extend(lease);

/** Creates a rental agreement for a lease from a template, then opens it. */
export async function createDocument(api: Api, form: FormData, request: Request) {
  const submission = parseSubmission(form, newDocument, leaseMessages(request).other);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const { leaseId, templateName } = submission.value;
  const res = await api.leases[":id"].documents.$post({ param: { id: leaseId }, json: { templateName } });
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  return redirect(`/documents/${(await res.json()).document.id}`);
}

const endForm = leaseEndInput.extend(lease);

/** Sets a lease's move-out date (POST /leases/{id}/end); takes effect at once for its renters. */
export async function endLease(api: Api, form: FormData, request: Request) {
  const submission = parseSubmission(form, endForm, leaseMessages(request).end);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const { leaseId, endDate } = submission.value;
  const res = await api.leases[":id"].end.$post({ param: { id: leaseId }, json: { endDate } });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply() };
}

const leaseOnly = z.object(lease);

/**
 * Calls a lease off before it starts (POST /leases/{id}/cancel, `intent: cancel-lease`) or, for a renter,
 * leaves it (POST /leases/{id}/leave, `intent: leave-lease`; then back to My homes).
 */
export async function endPlace(api: Api, form: FormData, request: Request, intent: "cancel-lease" | "leave-lease") {
  const submission = parseSubmission(form, leaseOnly, leaseMessages(request).other);
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const param = { id: submission.value.leaseId };
  const res =
    intent === "cancel-lease"
      ? await api.leases[":id"].cancel.$post({ param })
      : await api.leases[":id"].leave.$post({ param });
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [], intent });
  if (intent === "leave-lease") return redirect("/homes");
  return { result: submission.reply() };
}
