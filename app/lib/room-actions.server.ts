import { z } from "zod";
import { replyFromProblem } from "./api.server";
import type { ServerContext } from "./context.server";
import { activityInput, activityRejection } from "../../worker/rooms/contract";
import { requestLocale, translate } from "../i18n/translate.server";
import { formMessages, moneyInput, parseSubmission, postedCurrency, refused } from "./forms.server";

/** A post to the feed: the contract's input, its amount typed as money in the lease's currency. */
function postForm(currency: string, request: Request) {
  return activityInput.extend({
    amount: moneyInput(currency, requestLocale(request), activityInput.shape.amount.unwrap()).optional(),
  });
}
const settle = z.object({ intent: z.enum(["confirm", "reject"]), activityId: z.string().min(1).max(64) });
const rejection = activityRejection.extend({ activityId: z.string().min(1).max(64) });
/** The feed forms' messages (post, reject, the buttons), in the request's language. */
function roomMessages(request: Request) {
  const t = translate(request, "actionForms");
  const locale = requestLocale(request);
  return {
    post: formMessages(
      {
        description: t("room.description"),
        amount: { tooSmall: t("room.amount") },
        period: t("room.period"),
        receivedOn: t("room.receivedOn"),
      },
      locale,
    ),
    rejection: formMessages(
      { reason: { required: t("room.reasonRequired"), tooSmall: t("room.reasonShort") } },
      locale,
    ),
    other: formMessages({}, locale),
    unknownAction: t("room.unknownAction"),
  };
}

/**
 * The apartment room's form intents, shared by the landlord and renter pages: `post` to the feed (`payment`
 * too: the same post from the payment forms), `confirm`
 * or `reject` a pending entry. Each answers `{ result }` to its fetcher; a post that went through resets its form.
 */
export async function handleRoomAction(
  api: ServerContext["api"],
  apartmentId: string,
  form: FormData,
  request: Request,
) {
  const intent = form.get("intent");
  const messages = roomMessages(request);
  // `payment`: the "I've paid" and "Record a payment" forms (a post with an amount, a method and a day received).
  if (intent === "post" || intent === "payment") {
    const submission = parseSubmission(form, postForm(postedCurrency(form), request), messages.post);
    if (submission.status !== "success") return refused(submission, requestLocale(request));
    const res = await api.apartments[":id"].activities.$post({ param: { id: apartmentId }, json: submission.value });
    if (!res.ok) return replyFromProblem(res, submission, { request });
    return { result: submission.reply({ resetForm: true }) };
  }
  if (intent === "reject") {
    const submission = parseSubmission(form, rejection, messages.rejection);
    if (submission.status !== "success") return refused(submission, requestLocale(request));
    const { activityId, reason } = submission.value;
    const res = await api.activities[":id"].reject.$post({ param: { id: activityId }, json: { reason } });
    return res.ok ? { result: submission.reply() } : replyFromProblem(res, submission, { request, fields: [] });
  }
  const submission = parseSubmission(form, settle, messages.other);
  if (submission.status !== "success") return { result: submission.reply({ formErrors: [messages.unknownAction] }) };
  const res = await api.activities[":id"].confirm.$post({ param: { id: submission.value.activityId } });
  return res.ok ? { result: submission.reply() } : replyFromProblem(res, submission, { request, fields: [] });
}
