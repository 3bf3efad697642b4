import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form } from "react-router";
import { formatMoney } from "../../worker/lib/money";
import { Button } from "./button";
import { SelectField, TextField } from "./field";

/** The rent panel's forms (app/lib/rent-actions.server.ts answers them). */

/** A lease's ledger as the apartment overview sends it: amounts in minor units of `currency`. */
export type Ledger = {
  leaseId: string;
  balance: number;
  currency: string;
  remindersEnabled: boolean;
  periods: {
    period: string;
    dueDate: string;
    due: number;
    paid: number;
    outstanding: number;
    status: string;
    daysLate: number;
  }[];
  entries: {
    id: string;
    kind: string;
    amount: number;
    period: string | null;
    reason: string | null;
    createdAt: string;
  }[];
};

/** The renter pays the whole balance or one month online; the page's Idempotency-Key makes a resubmission replay. */
export function PayOnlineForm({ ledger, checkoutKey, busy }: { ledger: Ledger; checkoutKey?: string; busy: boolean }) {
  const money = (n: number) => formatMoney(n, ledger.currency);
  return (
    <Form method="post" className="mt-3 flex flex-wrap items-end gap-2" aria-label="Pay online">
      <input type="hidden" name="intent" value="checkout" />
      <input type="hidden" name="leaseId" value={ledger.leaseId} />
      <input type="hidden" name="idempotencyKey" value={checkoutKey} />
      <SelectField label="Pay" name="period" className="min-w-48">
        <option value="">The whole balance ({money(ledger.balance)})</option>
        {ledger.periods
          .filter((p) => p.outstanding > 0)
          .map((p) => (
            <option key={p.period} value={p.period}>
              {p.period} ({money(p.outstanding)})
            </option>
          ))}
      </SelectField>
      <Button disabled={busy}>Pay online</Button>
    </Form>
  );
}

/** A credit or debit with a reason, typed as money in the lease's currency. */
export function AdjustmentForm({
  ledger,
  busy,
  lastResult,
}: {
  ledger: Ledger;
  busy: boolean;
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useForm<{ direction: string; amount: string; reason: string }>({ lastResult });
  return (
    <Form
      method="post"
      className="grid gap-2"
      aria-label="Add an adjustment"
      {...getFormProps(form)}
      noValidate={false}
    >
      <input type="hidden" name="intent" value="adjust" />
      <input type="hidden" name="leaseId" value={ledger.leaseId} />
      <input type="hidden" name="currency" value={ledger.currency} />
      <SelectField label="Adjustment" field={fields.direction}>
        <option value="credit">Credit (the renter owes less)</option>
        <option value="debit">Debit (the renter owes more)</option>
      </SelectField>
      <TextField label={`Amount (${ledger.currency})`} field={fields.amount} inputMode="decimal" required />
      <TextField label="Reason" field={fields.reason} required />
      <Button variant="secondary" disabled={busy}>
        Add adjustment
      </Button>
    </Form>
  );
}

/** Switches the lease's rent reminders on or off. */
export function RemindersForm({ ledger, busy }: { ledger: Ledger; busy: boolean }) {
  return (
    <Form method="post" className="text-sm" aria-label="Rent reminders">
      <input type="hidden" name="intent" value="reminders" />
      <input type="hidden" name="leaseId" value={ledger.leaseId} />
      {ledger.remindersEnabled ? null : <input type="hidden" name="enabled" value="on" />}
      <p className="font-medium">Rent reminders</p>
      <p className="text-slate-600">
        {ledger.remindersEnabled
          ? "On: 3 days before the due day, on it if unpaid, weekly while overdue."
          : "Off for this lease."}
      </p>
      <Button variant="secondary" className="mt-2" disabled={busy}>
        {ledger.remindersEnabled ? "Switch reminders off" : "Switch reminders on"}
      </Button>
    </Form>
  );
}
