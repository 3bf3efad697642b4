import { z } from "zod";
import { replyFromProblem } from "./api.server";
import type { ServerContext } from "./context.server";
import { activityInput, activityRejection } from "../../worker/rooms/contract";
import { formMessages, moneyInput, parseSubmission, postedCurrency, refused } from "./forms.server";

/** A post to the feed: the contract's input, its amount typed as money in the lease's currency. */
function postForm(currency: string) {
  return activityInput.extend({
    amount: moneyInput(currency).pipe(activityInput.shape.amount.unwrap()).optional(),
  });
}
const postMessages = formMessages({
  description: "Say what happened",
  amount: { tooSmall: "Enter an amount like 850.00" },
  period: "Choose a month",
});
const settle = z.object({ intent: z.enum(["confirm", "reject"]), activityId: z.string().min(1).max(64) });
const rejection = activityRejection.extend({ activityId: z.string().min(1).max(64) });
const rejectionMessages = formMessages({
  reason: { required: "Give a reason", tooSmall: "Use at least 3 characters" },
});

/**
 * The apartment room's form intents, shared by the landlord and renter pages: `post` to the feed, `confirm`
 * or `reject` a pending entry. Each answers `{ result }` to its fetcher; a post that went through resets its form.
 */
export async function handleRoomAction(
  api: ServerContext["api"],
  apartmentId: string,
  form: FormData,
  request: Request,
) {
  const intent = form.get("intent");
  if (intent === "post") {
    const submission = parseSubmission(form, postForm(postedCurrency(form)), postMessages);
    if (submission.status !== "success") return refused(submission);
    const res = await api.apartments[":id"].activities.$post({ param: { id: apartmentId }, json: submission.value });
    if (!res.ok) return replyFromProblem(res, submission, { request });
    return { result: submission.reply({ resetForm: true }) };
  }
  if (intent === "reject") {
    const submission = parseSubmission(form, rejection, rejectionMessages);
    if (submission.status !== "success") return refused(submission);
    const { activityId, reason } = submission.value;
    const res = await api.activities[":id"].reject.$post({ param: { id: activityId }, json: { reason } });
    return res.ok ? { result: submission.reply() } : replyFromProblem(res, submission, { request, fields: [] });
  }
  const submission = parseSubmission(form, settle);
  if (submission.status !== "success") return { result: submission.reply({ formErrors: ["Unknown action"] }) };
  const res = await api.activities[":id"].confirm.$post({ param: { id: submission.value.activityId } });
  return res.ok ? { result: submission.reply() } : replyFromProblem(res, submission, { request, fields: [] });
}
