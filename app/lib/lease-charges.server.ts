import { z } from "zod";
import { leaseChargesInput } from "../../worker/leases/contract";
import { requestLocale } from "../i18n/translate.server";
import type { ServerContext } from "./context.server";
import { formMessages, moneyInput, parseSubmission, postedCurrency, refused } from "./forms.server";
import { replyFromLawProblem } from "./law-problem.server";

type Api = ServerContext["api"];

/** The charges form: the amount typed as money in the lease's currency, the lease and the amount it was filled from. */
function chargesForm(currency: string, request: Request) {
  return leaseChargesInput.extend({
    leaseId: z.string().min(1).max(64),
    chargesAmount: moneyInput(currency, requestLocale(request), leaseChargesInput.shape.chargesAmount),
    expectedChargesAmount: z.coerce.number().int().min(0).optional(),
  });
}

/**
 * Intent `lease-charges`: a running lease's monthly charges (PATCH /api/leases/{id}/charges), from the next
 * rent charge on. A French rule broken (flat charges on an unfurnished lease) comes back next to the mode; a
 * change made meanwhile (409 `lease_charges_changed`) as the form's message.
 */
export async function setLeaseCharges(api: Api, form: FormData, request: Request) {
  const currency = postedCurrency(form);
  const locale = requestLocale(request);
  const submission = parseSubmission(form, chargesForm(currency, request), formMessages({}, locale));
  if (submission.status !== "success") return refused(submission, locale);
  const { leaseId, ...json } = submission.value;
  const res = await api.leases[":id"].charges.$patch({ param: { id: leaseId }, json });
  if (!res.ok) return replyFromLawProblem(res, submission, { request, currency });
  return { result: submission.reply() };
}
