import { redirect } from "react-router";
import { z } from "zod";
import { replyFromProblem } from "./api.server";
import type { ServerContext } from "./context.server";
import { adjustmentInput, checkoutInput, remindersInput } from "../../worker/rent/contract";
import { requestLocale, translate } from "../i18n/translate.server";
import { formMessages, moneyInput, parseSubmission, postedCurrency, refused } from "./forms.server";

const lease = { leaseId: z.string().min(1).max(64) };
const checkout = checkoutInput.extend({ ...lease, idempotencyKey: z.string().min(1).max(200) });
/** The switch posts `enabled=on` to switch reminders on, nothing to switch them off (a checkbox's convention). */
const reminders = remindersInput.extend({ ...lease, enabled: remindersInput.shape.enabled.default(false) });

/** The adjustment's bound, from the contract (a credit down to it, a debit up to its opposite). */
const adjustmentMin = adjustmentInput.shape.amount.minValue ?? -100_000_000;

/** An adjustment: an amount typed as money, a credit (the renter owes less) or a debit; the contract checks the rest. */
function adjustmentForm(currency: string, request: Request) {
  return z
    .object({
      ...lease,
      direction: z.enum(["credit", "debit"]),
      amount: moneyInput(currency, requestLocale(request), z.number().int().min(1).max(-adjustmentMin)),
      reason: adjustmentInput.shape.reason,
    })
    .transform(({ direction, amount, ...rest }) => ({ ...rest, amount: direction === "debit" ? amount : -amount }))
    .pipe(adjustmentInput.extend(lease));
}
/** The adjustment form's messages (and the others' defaults), in the request's language. */
function rentMessages(request: Request) {
  const t = translate(request, "actionForms");
  const locale = requestLocale(request);
  return {
    adjustment: formMessages({ amount: { required: t("rent.amountRequired") }, reason: t("rent.reason") }, locale),
    other: formMessages({}, locale),
  };
}

/**
 * The rent panel's form intents, shared by the renter and landlord pages: pay online (`checkout`, replay-safe
 * with the page's Idempotency-Key, then off to Stripe), `adjust` the ledger, switch `reminders`. Null for
 * any other intent.
 */
export async function handleRentAction(api: ServerContext["api"], form: FormData, request: Request) {
  switch (form.get("intent")) {
    case "checkout": {
      const submission = parseSubmission(form, checkout, rentMessages(request).other);
      if (submission.status !== "success") return refused(submission, requestLocale(request));
      const { leaseId, idempotencyKey, period } = submission.value;
      const res = await api.leases[":id"].checkout.$post({
        param: { id: leaseId },
        json: { period },
        header: { "idempotency-key": idempotencyKey },
      });
      if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
      throw redirect((await res.json()).url);
    }
    case "adjust": {
      const submission = parseSubmission(
        form,
        adjustmentForm(postedCurrency(form), request),
        rentMessages(request).adjustment,
      );
      if (submission.status !== "success") return refused(submission, requestLocale(request));
      const { leaseId, ...adjustment } = submission.value;
      const res = await api.leases[":id"].adjustments.$post({ param: { id: leaseId }, json: adjustment });
      if (!res.ok) return replyFromProblem(res, submission, { request });
      return { result: submission.reply() };
    }
    case "reminders": {
      const submission = parseSubmission(form, reminders, rentMessages(request).other);
      if (submission.status !== "success") return refused(submission, requestLocale(request));
      const { leaseId, enabled } = submission.value;
      const res = await api.leases[":id"].reminders.$put({ param: { id: leaseId }, json: { enabled } });
      return res.ok ? { result: submission.reply() } : replyFromProblem(res, submission, { request, fields: [] });
    }
    default:
      return null;
  }
}
