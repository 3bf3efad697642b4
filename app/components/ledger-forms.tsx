import { Form } from "react-router";
import { useTranslations } from "use-intl";
import { Button } from "./button";

/** The rent panel's forms (app/lib/rent-actions.server.ts answers them; the adjustment's is ./adjustment-form.tsx). */

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

/** Switches the lease's rent reminders on or off. */
export function RemindersForm({ ledger, busy }: { ledger: Ledger; busy: boolean }) {
  const t = useTranslations("ledgerForms");
  return (
    <Form method="post" className="text-sm" aria-label={t("reminders.title")}>
      <input type="hidden" name="intent" value="reminders" />
      <input type="hidden" name="leaseId" value={ledger.leaseId} />
      {ledger.remindersEnabled ? null : <input type="hidden" name="enabled" value="on" />}
      <p className="font-medium">{t("reminders.title")}</p>
      <p className="text-slate-600">{ledger.remindersEnabled ? t("reminders.on") : t("reminders.off")}</p>
      <Button variant="secondary" className="mt-2" disabled={busy}>
        {ledger.remindersEnabled ? t("reminders.switchOff") : t("reminders.switchOn")}
      </Button>
    </Form>
  );
}
