import { z } from "zod";
import { problemSentence, replyFromProblem } from "./api.server";
import type { ServerContext } from "./context.server";
import { activityInput, activityRejection } from "../../worker/rooms/contract";
import { formMessages, moneyInput, parseSubmission, postedCurrency, refused } from "./forms.server";
import { requestLocale, translate } from "../i18n/translate.server";
import type { Locale } from "../../worker/lib/i18n/locales";

/** A post to the feed: the contract's input, its amount typed as money in the lease's currency. */
function postForm(currency: string, locale: Locale) {
  return activityInput.extend({
    amount: moneyInput(currency, locale).pipe(activityInput.shape.amount.unwrap()).optional(),
  });
}
const settle = z.object({ intent: z.enum(["confirm", "reject"]), activityId: z.string().min(1).max(64) });
const rejection = activityRejection.extend({ activityId: z.string().min(1).max(64) });

/** The feed forms' messages in the request's language (the `feed` catalogue). */
function messagesFor(request: Request) {
  const t = translate(request, "feed");
  const locale = requestLocale(request);
  return {
    post: formMessages(
      {
        description: t("post.descriptionMissing"),
        amount: { tooSmall: t("post.amountInvalid") },
        period: t("post.periodInvalid"),
      },
      locale,
    ),
    rejection: formMessages({ reason: { required: t("post.reasonMissing"), tooSmall: t("post.reasonShort") } }, locale),
  };
}

/**
 * The apartment room's form intents, shared by the landlord and renter pages: `post` to the feed, `confirm`
 * or `reject` a pending entry. Each answers `{ result }` to its fetcher; a post that went through resets its form.
 * A post in a flat with several current leases carries `leaseId` (the form's lease picker); without it the API
 * answers 422 `lease_required`, shown as its translated sentence next to the picker (or above the form).
 */
export async function handleRoomAction(
  api: ServerContext["api"],
  apartmentId: string,
  form: FormData,
  request: Request,
) {
  const intent = form.get("intent");
  const messages = messagesFor(request);
  if (intent === "post") {
    const submission = parseSubmission(form, postForm(postedCurrency(form), requestLocale(request)), messages.post);
    if (submission.status !== "success") return refused(submission);
    const res = await api.apartments[":id"].activities.$post({ param: { id: apartmentId }, json: submission.value });
    if (!res.ok) return replyFromProblem(res, submission, { request });
    return { result: submission.reply({ resetForm: true }) };
  }
  if (intent === "reject") {
    const submission = parseSubmission(form, rejection, messages.rejection);
    if (submission.status !== "success") return refused(submission);
    const { activityId, reason } = submission.value;
    const res = await api.activities[":id"].reject.$post({ param: { id: activityId }, json: { reason } });
    return res.ok ? { result: submission.reply() } : replyFromProblem(res, submission, { request, fields: [] });
  }
  const submission = parseSubmission(form, settle);
  if (submission.status !== "success")
    return { result: submission.reply({ formErrors: [problemSentence(null, 400, requestLocale(request))] }) };
  const res = await api.activities[":id"].confirm.$post({ param: { id: submission.value.activityId } });
  return res.ok ? { result: submission.reply() } : replyFromProblem(res, submission, { request, fields: [] });
}
