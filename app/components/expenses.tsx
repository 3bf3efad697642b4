import type { ReactNode } from "react";
import { Form, Link } from "react-router";
import { useTranslations } from "use-intl";
import { EXPENSE_CATEGORIES } from "../../worker/expenses/contract";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { Button, linkClass } from "./button";
import { SelectField, TextField } from "./field";
import { ReceiptPicker } from "./receipt-picker";
import { useFormatLocale } from "../i18n/format-locale";

type Expense = {
  id: string;
  category: (typeof EXPENSE_CATEGORIES)[number];
  amount: number;
  currency: string;
  incurredOn: string;
  note: string | null;
  apartmentId: string | null;
  vendorName: string | null;
  maintenanceRequestId: string | null;
  maintenanceRequestTitle: string | null;
  receipt: { type: string; name: string } | null;
};
type Apartment = { id: string; unitNumber: string };
type Vendor = { id: string; name: string; trade: string };

/** People's words (a vendor's name, a request's title) keep their own direction inside a sentence. */
const bdi = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

/** A month's expenses as a list (phone first: one card per expense), with the month's total. */
export function ExpenseList({
  expenses,
  currency,
  apartments,
}: {
  expenses: Expense[];
  currency: string;
  apartments: Apartment[];
}) {
  const t = useTranslations("expenses.list");
  const category = useTranslations("statementDocs.category");
  const formatLocale = useFormatLocale();
  if (expenses.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const unitOf = (id: string | null) => apartments.find((a) => a.id === id)?.unitNumber;
  const total = expenses.reduce((sum, e) => sum + e.amount, 0);
  return (
    <>
      <ul className="divide-y divide-slate-100" data-testid="expense-list">
        {expenses.map((e) => {
          const unit = unitOf(e.apartmentId);
          return (
            <li key={e.id} className="flex items-start justify-between gap-x-4 py-3">
              <div className="min-w-0 flex-1">
                <p className="font-medium text-slate-900">{category(e.category)}</p>
                <p className="text-sm text-slate-600">
                  {formatDate(e.incurredOn, formatLocale, "medium")} · {unit ? t("unit", { unit }) : t("wholeProperty")}
                </p>
                {e.vendorName ? (
                  <p className="text-sm text-slate-700">{t.rich("vendor", { name: e.vendorName, bdi })}</p>
                ) : null}
                {e.maintenanceRequestId ? (
                  <Link to={`/maintenance/${e.maintenanceRequestId}`} className={`block text-sm ${linkClass}`}>
                    {t.rich("request", { title: e.maintenanceRequestTitle ?? "", bdi })}
                  </Link>
                ) : null}
                {e.note ? (
                  <p className="text-sm break-words text-slate-700">
                    <bdi>{e.note}</bdi>
                  </p>
                ) : null}
                {e.receipt ? (
                  <a
                    href={`/expenses/${e.id}/receipt`}
                    className={`text-sm ${linkClass}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t("receipt")}
                  </a>
                ) : (
                  <p className="text-xs text-slate-500">{t("noReceipt")}</p>
                )}
              </div>
              <div className="flex shrink-0 flex-col items-end gap-1">
                <p className="font-semibold whitespace-nowrap text-slate-900 tabular-nums">
                  {formatMoney(e.amount, e.currency, formatLocale)}
                </p>
                <DeleteExpense
                  expense={e}
                  label={t("deleteLabel", {
                    category: category(e.category),
                    date: formatDate(e.incurredOn, formatLocale, "medium"),
                  })}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 border-t border-slate-200 pt-3 text-end text-sm font-semibold text-slate-900 tabular-nums">
        {t("total", { amount: formatMoney(total, currency, formatLocale) })}
      </p>
    </>
  );
}

/** The form to record an expense (its vendor among the org's, when it has any), with a receipt photo (the phone's camera) or PDF. */
export function ExpenseForm({
  property,
  today,
  busy,
}: {
  property: { currency: string; apartments: Apartment[]; vendors: Vendor[] };
  today: string;
  busy: boolean;
}) {
  const t = useTranslations("expenses.form");
  const category = useTranslations("statementDocs.category");
  // By name as the reader's language sorts them ("Électricité" beside "Entretien", not after "Z").
  const collator = new Intl.Collator(useFormatLocale(), { sensitivity: "base" });
  const vendors = [...property.vendors].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <Form method="post" encType="multipart/form-data" className="grid gap-4 sm:grid-cols-2">
      <input type="hidden" name="currency" value={property.currency} />
      <SelectField name="category" label={t("category")} defaultValue="repairs_maintenance" required>
        {EXPENSE_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {category(c)}
          </option>
        ))}
      </SelectField>
      <TextField
        name="amount"
        label={t("amount")}
        inputMode="decimal"
        autoComplete="off"
        required
        hint={property.currency}
      />
      <TextField name="incurredOn" type="date" label={t("incurredOn")} defaultValue={today} max={today} required />
      <SelectField name="apartmentId" label={t("apartment")} defaultValue="">
        <option value="">{t("wholeProperty")}</option>
        {property.apartments.map((a) => (
          <option key={a.id} value={a.id}>
            {a.unitNumber}
          </option>
        ))}
      </SelectField>
      {vendors.length ? (
        <SelectField name="vendorId" label={t("vendor")} defaultValue="" className="sm:col-span-2">
          <option value="">{t("noVendor")}</option>
          {vendors.map((v) => (
            <option key={v.id} value={v.id}>
              {t("vendorOption", { name: v.name, trade: v.trade })}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        name="note"
        label={t("note")}
        placeholder={t("notePlaceholder")}
        maxLength={500}
        className="sm:col-span-2"
      />
      <ReceiptPicker name="receipt" id="expense-receipt" label={t("receipt")} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={busy} className="w-full sm:w-auto">
          {t("submit")}
        </Button>
      </div>
    </Form>
  );
}

/** The "Delete" button of one expense (intent `delete`, back on its month). */
function DeleteExpense({ expense, label }: { expense: Expense; label: string }) {
  const t = useTranslations("expenses.list");
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="expenseId" value={expense.id} />
      <input type="hidden" name="month" value={expense.incurredOn.slice(0, 7)} />
      <button type="submit" className={`text-sm ${linkClass}`} aria-label={label}>
        {t("delete")}
      </button>
    </Form>
  );
}
