import { getFormProps, useForm } from "@conform-to/react";
import { useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { z } from "zod";
import { PAYMENT_METHODS, type PaymentMethod, type Side } from "../../../worker/domain";
import { formatMoney } from "../../../worker/lib/i18n/format";
import { minorToInput, parseMoney } from "../../../worker/lib/money-input";
import type { activityInput } from "../../../worker/rooms/contract";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { Button } from "../button";
import { SelectField, TextField } from "../field";
import type { LeaseOption } from "../lease-options";
import { LeasePicker } from "../lease-picker";
import { useToast } from "../ui/toast";
import { useFormatLocale } from "../../i18n/format-locale";

type PaymentFormProps = {
  side: Side;
  currency: string;
  today: string;
  amount?: number;
  period?: string;
  method?: PaymentMethod;
  leases?: LeaseOption[];
  /** The lease, when known (one current lease): posted as is. */
  leaseId?: string;
  /** Prefix of the fields' ids (several forms on one page). */
  id: string;
  /** What the lease owes in all (minor units), when known: an amount above it is warned about, not refused. */
  owed?: number;
  /** Called once the API took the payment (after the toast): e.g. to close the form's disclosure. */
  onDone?: () => void;
};

/**
 * A payment as a form, no note required (issue 14): the renter's "I've paid" (the landlord confirms it) and the
 * landlord's "Record a payment" (on the ledger at once). Amount typed as money in `currency` (prefilled from
 * `amount`, minor units), the month, the day received (never after `today`, the org's date), the method and,
 * for staff of a flat with several current `leases`, which lease. Posts intent `payment` to the page's action
 * (app/lib/room-actions.server.ts), answered in the form; the form empties after a payment the API took and
 * `onDone` runs (the landlord's disclosure closes: nothing left filled in to post twice).
 */
export function PaymentForm(props: PaymentFormProps) {
  const { side, currency, today, amount, period, method = "transfer", leases = [], leaseId, id, owed, onDone } = props;
  const t = useTranslations("paymentForm");
  const locale = useLocale();
  const formatLocale = useFormatLocale();
  const [typed, setTyped] = useState<number | null>(amount ?? null);
  // The surplus of an overpayment pays the next months (worker/rent/periods.ts): said, never blocked, and only
  // once an amount above what is owed is typed (never over an empty field, nor for a lease in credit).
  const over = owed !== undefined && typed !== null && typed > 0 && typed > Math.max(0, owed);
  const fetcher = useFetcher<FormReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof activityInput>>({ id, lastResult, defaultValue: { method } });
  const picking = side === "landlord" && leases.length > 1;
  const error = formErrorOf(lastResult);
  // A post the API took answers a reset (`{ initialValue: null }`): the form empties, a toast says so.
  const done = lastResult?.initialValue === null;
  useToast(lastResult, done, side === "renter" ? t("paid.sent") : t("record.recorded"));
  useDone(lastResult, done && fetcher.state === "idle", onDone);
  return (
    <fetcher.Form
      key={form.key}
      method="post"
      className="grid gap-3 sm:grid-cols-2"
      aria-label={side === "renter" ? t("paid.title") : t("record.title")}
      {...getFormProps(form)}
      noValidate={false}
    >
      <input type="hidden" name="intent" value="payment" />
      <input type="hidden" name="currency" value={currency} />
      {!picking && leaseId ? <input type="hidden" name={fields.leaseId.name} value={leaseId} /> : null}
      <TextField
        label={t("paid.amount", { currency })}
        field={fields.amount}
        id={`${id}-amount`}
        inputMode="decimal"
        required
        defaultValue={amount ? minorToInput(amount, currency, locale) : undefined}
        onChange={(e) => {
          const value = e.currentTarget.value.trim();
          setTyped(value === "" ? null : parseMoney(value, currency, locale));
        }}
        hint={over ? t("overpay.warning", { owed: formatMoney(Math.max(0, owed), currency, formatLocale) }) : undefined}
      />
      <TextField
        label={t("paid.period")}
        field={fields.period}
        id={`${id}-period`}
        type="month"
        defaultValue={period}
      />
      <TextField
        label={side === "renter" ? t("paid.receivedOn") : t("record.receivedOn")}
        field={fields.receivedOn}
        id={`${id}-received`}
        type="date"
        max={today}
        required
        defaultValue={today}
      />
      <PaymentExtras side={side} leases={picking ? leases : []} fields={fields} id={id} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button pending={fetcher.state !== "idle"}>{side === "renter" ? t("paid.submit") : t("record.submit")}</Button>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    </fetcher.Form>
  );
}

/** Calls `onDone` once per reply that says the payment was taken (`done`), after the page settled. */
function useDone(result: object | undefined, done: boolean, onDone: (() => void) | undefined) {
  const handled = useRef<object | undefined>(undefined);
  useEffect(() => {
    if (!done || !result || handled.current === result) return;
    handled.current = result;
    onDone?.();
  }, [done, result, onDone]);
}

type PaymentFields = ReturnType<typeof useForm<z.input<typeof activityInput>>>[1];

/** The method (preselected), the lease picker (staff, several current leases) and the renter's optional note. */
function PaymentExtras({
  side,
  leases,
  fields,
  id,
}: {
  side: Side;
  leases: LeaseOption[];
  fields: PaymentFields;
  id: string;
}) {
  const t = useTranslations("paymentForm");
  const tm = useTranslations("money");
  const picking = leases.length > 1;
  return (
    <>
      <SelectField label={t("paid.method")} field={fields.method} id={`${id}-method`}>
        {PAYMENT_METHODS.map((m) => (
          <option key={m} value={m}>
            {tm(`methods.${m}`)}
          </option>
        ))}
      </SelectField>
      {picking && <LeasePicker leases={leases} field={fields.leaseId} id={`${id}-lease`} className="sm:col-span-2" />}
      {side === "renter" && (
        <TextField
          label={t("paid.note")}
          field={fields.description}
          id={`${id}-note`}
          maxLength={2000}
          className="sm:col-span-2"
        />
      )}
    </>
  );
}
