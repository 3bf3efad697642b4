import type { ReactNode } from "react";
import { Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { EXPENSE_CATEGORIES } from "../../worker/expenses/vocabulary";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { minorToInput } from "../../worker/lib/money-input";
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
  vendorId: string | null;
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
                <ExpenseActions expense={e} />
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

/**
 * The form to record an expense (its vendor among the org's, when it has any), with a receipt photo (the
 * phone's camera) or PDF; with `editing`, the same form filled with that expense to correct it (intent
 * `update`: PATCH /expenses/{id}; a receipt chosen replaces the one kept).
 */
export function ExpenseForm({
  property,
  today,
  busy,
  editing,
}: {
  property: { currency: string; apartments: Apartment[]; vendors: Vendor[] };
  today: string;
  busy: boolean;
  editing?: Expense;
}) {
  const t = useTranslations("expenses.form");
  const category = useTranslations("statementDocs.category");
  // Amounts are typed the reader's way ("120,50" in French), as the action reads them (app/lib/expense-form.server.ts).
  const locale = useLocale();
  return (
    <Form method="post" encType="multipart/form-data" className="grid gap-4 sm:grid-cols-2">
      <input type="hidden" name="currency" value={property.currency} />
      {editing ? (
        <>
          <input type="hidden" name="intent" value="update" />
          <input type="hidden" name="expenseId" value={editing.id} />
        </>
      ) : null}
      <SelectField
        name="category"
        label={t("category")}
        defaultValue={editing?.category ?? "repairs_maintenance"}
        required
      >
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
        defaultValue={editing ? minorToInput(editing.amount, editing.currency, locale) : undefined}
      />
      <TextField
        name="incurredOn"
        type="date"
        label={t("incurredOn")}
        defaultValue={editing?.incurredOn ?? today}
        max={today}
        required
      />
      <WhereAndWho property={property} editing={editing} />
      <TextField
        name="note"
        label={t("note")}
        placeholder={t("notePlaceholder")}
        maxLength={500}
        className="sm:col-span-2"
        defaultValue={editing?.note ?? undefined}
      />
      <ReceiptPicker
        name="receipt"
        id="expense-receipt"
        label={editing ? t("replaceReceipt") : t("receipt")}
        className="sm:col-span-2"
      />
      <FormButtons busy={busy} editing={editing} />
    </Form>
  );
}

/** Record (or save the correction, with a way to cancel it). */
function FormButtons({ busy, editing }: { busy: boolean; editing?: Expense }) {
  const t = useTranslations("expenses.form");
  return (
    <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">
        {editing ? t("saveChanges") : t("submit")}
      </Button>
      {editing ? (
        <Link to={`?month=${editing.incurredOn.slice(0, 7)}`} className={`text-sm ${linkClass}`}>
          {t("cancel")}
        </Link>
      ) : null}
    </div>
  );
}

/** The expense form's apartment (or the whole property) and vendor (among the org's, when it has any). */
function WhereAndWho({
  property,
  editing,
}: {
  property: { apartments: Apartment[]; vendors: Vendor[] };
  editing?: Expense;
}) {
  const t = useTranslations("expenses.form");
  // By name as the reader's language sorts them ("Électricité" beside "Entretien", not after "Z").
  const collator = new Intl.Collator(useFormatLocale(), { sensitivity: "base" });
  const vendors = [...property.vendors].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <SelectField name="apartmentId" label={t("apartment")} defaultValue={editing?.apartmentId ?? ""}>
        <option value="">{t("wholeProperty")}</option>
        {property.apartments.map((a) => (
          <option key={a.id} value={a.id}>
            {a.unitNumber}
          </option>
        ))}
      </SelectField>
      {vendors.length ? (
        <SelectField
          name="vendorId"
          label={t("vendor")}
          defaultValue={editing?.vendorId ?? ""}
          className="sm:col-span-2"
        >
          <option value="">{t("noVendor")}</option>
          {vendors.map((v) => (
            <option key={v.id} value={v.id}>
              {t("vendorOption", { name: v.name, trade: v.trade })}
            </option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}

/** Under an expense's amount: "Edit" (the form below, filled with it) and "Delete". */
function ExpenseActions({ expense: e }: { expense: Expense }) {
  const t = useTranslations("expenses.list");
  const category = useTranslations("statementDocs.category");
  const formatLocale = useFormatLocale();
  const named = { category: category(e.category), date: formatDate(e.incurredOn, formatLocale, "medium") };
  return (
    <>
      <Link
        to={`?month=${e.incurredOn.slice(0, 7)}&edit=${e.id}#record-expense-heading`}
        className={`text-sm ${linkClass}`}
        aria-label={t("editLabel", named)}
      >
        {t("edit")}
      </Link>
      <DeleteExpense expense={e} label={t("deleteLabel", named)} />
    </>
  );
}

/** The "Delete" button of one expense (intent `delete`, back on its month). */
function DeleteExpense({ expense, label }: { expense: Expense; label: string }) {
  const t = useTranslations("expenses.list");
  return (
    <Form
      method="post"
      // Deleting takes the receipt with it and cannot be undone: asked once more (the browser's own dialog).
      onSubmit={(event) => {
        if (!window.confirm(t("deleteConfirm", { what: label }))) event.preventDefault();
      }}
    >
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="expenseId" value={expense.id} />
      <input type="hidden" name="month" value={expense.incurredOn.slice(0, 7)} />
      <button type="submit" className={`text-sm ${linkClass}`} aria-label={label}>
        {t("delete")}
      </button>
    </Form>
  );
}
