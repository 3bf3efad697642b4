import type { SubmissionResult } from "@conform-to/react";

/**
 * Forms run on Conform: an action parses the posted form with `parseSubmission` (./forms.server.ts, on
 * `parseWithZod`) against the API's contract schema plus the form's messages, and answers
 * `{ result: submission.reply() }` (or `replyFromProblem` when the API refused). Pages hand `result` to
 * `useForm({ lastResult })`. Validation runs on the server only, as before: no schema code ships to the
 * browser, and forms behave the same with and without JavaScript.
 */
export type FormReply = { result: SubmissionResult<string[]> };

/**
 * On pages with several forms posting to one action (each with a hidden `intent`), the reply that belongs
 * to the form with this intent: Conform echoes the posted values, the intent among them.
 */
export function resultFor(reply: FormReply | undefined, intent: string): SubmissionResult<string[]> | undefined {
  return reply?.result.initialValue?.intent === intent ? reply.result : undefined;
}

/** The form-level message of a reply (above the fields), if any. */
export function formErrorOf(result: SubmissionResult<string[]> | undefined): string | undefined {
  const errors = result?.error?.[""];
  return errors?.length ? errors.join(" ") : undefined;
}

/** Whether the reply reports a submission the API accepted. */
export function succeeded(result: SubmissionResult<string[]> | undefined): boolean {
  return result?.status === "success";
}
