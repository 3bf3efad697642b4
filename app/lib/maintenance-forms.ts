import type { SubmissionResult } from "@conform-to/react";

/**
 * Whether a form's reply says the API took it: a plain success, or the `{ initialValue: null }` that Conform
 * answers for `reply({ resetForm: true })` (no status, no error), which `succeeded` does not count.
 */
export function accepted(result: SubmissionResult<string[]> | undefined): boolean {
  if (!result) return false;
  return result.status === "success" || (result.initialValue === null && !result.error);
}
