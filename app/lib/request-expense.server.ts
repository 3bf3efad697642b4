import { data } from "react-router";
import { z } from "zod";
import { expenseInput } from "../../worker/expenses/contract";
import { requestLocale } from "../i18n/translate.server";
import { replyFromProblem } from "./api.server";
import type { ServerContext } from "./context.server";
import type { FormReply } from "./forms";
import { formMessages, parseSubmission, refused } from "./forms.server";

/** The request page's "Record as expense" form: the property, the day incurred and the category. */
const expenseForm = expenseInput.pick({ propertyId: true, incurredOn: true, category: true });

/** What the page shows once recorded: the amount and where the property's expenses of that month are. */
export type RecordedExpense = FormReply & {
  expense?: { amount: number; currency: string; link: string };
};

/**
 * Records a maintenance request's logged labour and materials as one expense of its property
 * (`POST /api/expenses` with `maintenanceRequestId` and no amount: the API sums the costs in the org's
 * currency, and takes the request's apartment and vendor). Owners and managers only (the API answers 403 to
 * others); 409 `no_logged_costs` when nothing is logged, 422 `incurred_in_future`. Answers `{ result }` and,
 * on success, the expense's amount and a link to the property's expenses of its month.
 */
export async function recordRequestExpense(api: ServerContext["api"], id: string, form: FormData, request: Request) {
  const locale = requestLocale(request);
  const submission = parseSubmission(
    form,
    expenseForm.extend({ intent: z.literal("expense") }),
    formMessages({}, locale),
  );
  if (submission.status !== "success") return refused(submission, locale);
  const { intent: _intent, ...json } = submission.value;
  const res = await api.expenses.$post({ json: { ...json, maintenanceRequestId: id } });
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: ["incurredOn"] });
  const expense = await res.json();
  const link = `/properties/${expense.propertyId}/expenses?month=${expense.incurredOn.slice(0, 7)}`;
  return data<RecordedExpense>({
    result: submission.reply(),
    expense: { amount: expense.amount, currency: expense.currency, link },
  });
}
