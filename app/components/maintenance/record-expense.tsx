import { getFormProps, useForm } from "@conform-to/react";
import { Link, useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import { formatDate, formatMoney } from "../../../worker/lib/i18n/format";
import { formErrorOf } from "../../lib/forms";
import type { RecordedExpense } from "../../lib/request-expense.server";
import { FormError } from "../alert";
import { Button, linkClass } from "../button";
import { TextField } from "../field";
import { useToast } from "../ui/toast";
import type { Cost, RequestRow } from "./types";
import { useFormatLocale } from "../../i18n/format-locale";

/**
 * "Record as expense" (owners and managers): the labour and materials logged on the request become one
 * repairs expense of its property, on the day chosen (today in the org's time zone by default, never later).
 * Without logged costs the button is disabled and says why. Once recorded (now, or earlier: `recordedExpense`
 * from the request, the API refusing a second time with 409 `expense_already_recorded`): the amount and day,
 * and a link to the property's expenses of that month, instead of the button.
 */
export function RecordExpense({
  request,
  costs,
  currency,
  today,
  recordedExpense,
}: {
  request: RequestRow;
  costs: Cost[];
  currency: string;
  today: string;
  recordedExpense: RecordedBefore | null;
}) {
  const t = useTranslations("maintenanceStaff.expense");
  const formatLocale = useFormatLocale();
  const fetcher = useFetcher<RecordedExpense>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm({ id: "expense", lastResult });
  const total = costs.filter((c) => c.currency === currency).reduce((sum, c) => sum + c.amount, 0);
  const recorded = fetcher.state === "idle" ? fetcher.data?.expense : undefined;
  const amount = recorded ? formatMoney(recorded.amount, recorded.currency, formatLocale) : "";
  useToast(fetcher.data, !!recorded, t("recorded", { amount }));
  return (
    <section
      aria-labelledby="expense-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      data-testid="record-expense"
    >
      <h2 id="expense-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {recordedExpense ? (
        <AlreadyRecorded expense={recordedExpense} />
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600" id="expense-explained">
            {total > 0 ? t("description", { total: formatMoney(total, currency, formatLocale) }) : t("noCosts")}
          </p>
          <fetcher.Form method="post" className="mt-3 flex flex-wrap items-end gap-3" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="expense" />
            <input type="hidden" name="propertyId" value={request.propertyId} />
            <input type="hidden" name="category" value="repairs_maintenance" />
            <TextField
              label={t("date")}
              field={fields.incurredOn}
              type="date"
              defaultValue={today}
              max={today}
              required
            />
            <Button
              variant="secondary"
              disabled={total <= 0 || fetcher.state !== "idle"}
              pending={fetcher.state !== "idle"}
              aria-describedby="expense-explained"
            >
              {t("record")}
            </Button>
          </fetcher.Form>
          <div className="mt-3 empty:hidden">
            <FormError message={formErrorOf(lastResult)} />
          </div>
        </>
      )}
    </section>
  );
}

/** The expense the request's costs already are (the request detail's `recordedExpense`). */
type RecordedBefore = { id: string; propertyId: string; amount: number; currency: string; incurredOn: string };

/** "Recorded as an expense of … on …", with the link to the property's expenses of that month. */
function AlreadyRecorded({ expense }: { expense: RecordedBefore }) {
  const t = useTranslations("maintenanceStaff.expense");
  const formatLocale = useFormatLocale();
  const link = `/properties/${expense.propertyId}/expenses?month=${expense.incurredOn.slice(0, 7)}`;
  return (
    <div className="mt-1 space-y-2" data-testid="expense-recorded">
      <p className="text-sm text-slate-700">
        {t("alreadyRecorded", {
          amount: formatMoney(expense.amount, expense.currency, formatLocale),
          date: formatDate(expense.incurredOn, formatLocale),
        })}
      </p>
      <Link to={link} className={`text-sm ${linkClass}`}>
        {t("seeExpenses")}
      </Link>
    </div>
  );
}
