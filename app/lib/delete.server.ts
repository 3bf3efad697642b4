import { redirect } from "react-router";
import { z } from "zod";
import { replyFromProblem } from "./api.server";
import { requestLocale } from "../i18n/translate.server";
import { formMessages, parseSubmission } from "./forms.server";

/** The two-step delete of DeleteSection: `intent=delete`, then the same with `confirm=yes`. */
const deleteRequest = z.object({ intent: z.literal("delete"), confirm: z.literal("yes").optional() });

/**
 * Asks to confirm first (a success reply without `confirm`), then deletes through `remove` and goes to `to`.
 * A refused delete comes back as the reply's form-level message.
 */
export async function confirmThenDelete(
  form: FormData,
  request: Request,
  remove: () => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>,
  to: string,
) {
  const submission = parseSubmission(form, deleteRequest, formMessages({}, requestLocale(request)));
  if (submission.status !== "success" || !submission.value.confirm) return { result: submission.reply() };
  const res = await remove();
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return redirect(to);
}
