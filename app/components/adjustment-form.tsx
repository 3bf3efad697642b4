import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form } from "react-router";
import { useTranslations } from "use-intl";
import { Button } from "./button";
import { SelectField, TextField } from "./field";
import type { Ledger } from "./ledger-forms";

/**
 * The rent panel's adjustment form (app/lib/rent-actions.server.ts `adjust` answers it), in its own module:
 * it opens in a disclosure, so its code (and Conform's) loads when staff open it (./ledger-panel.tsx).
 */

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
  const t = useTranslations("ledgerForms");
  const [form, fields] = useForm<{ direction: string; amount: string; reason: string }>({ lastResult });
  return (
    <Form method="post" className="grid gap-2" aria-label={t("adjust.form")} {...getFormProps(form)} noValidate={false}>
      <input type="hidden" name="intent" value="adjust" />
      <input type="hidden" name="leaseId" value={ledger.leaseId} />
      <input type="hidden" name="currency" value={ledger.currency} />
      <SelectField label={t("adjust.direction")} field={fields.direction}>
        <option value="credit">{t("adjust.credit")}</option>
        <option value="debit">{t("adjust.debit")}</option>
      </SelectField>
      <TextField
        label={t("adjust.amount", { currency: ledger.currency })}
        field={fields.amount}
        inputMode="decimal"
        required
      />
      <TextField label={t("adjust.reason")} field={fields.reason} required />
      <Button variant="secondary" disabled={busy}>
        {t("adjust.submit")}
      </Button>
    </Form>
  );
}
