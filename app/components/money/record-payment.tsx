import { useState } from "react";
import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../../worker/apartments/contract";
import type { LeaseOption } from "../lease-options";
import { Disclosure } from "../ui/disclosure";
import { paymentFormPart } from "./payment-form-part";
import { paymentPrefill } from "./payment-prefill";

// Opened when asked: the form's code (and Conform's) loads then, not with the page (issue 17 §5).
const { Part: LazyPaymentForm } = paymentFormPart;

/**
 * "Record a payment" (amount, month, day received, method, lease; no note), opened when asked: on the ledger
 * at once, and closed again once recorded. With one current lease, the month is its oldest unpaid one without a
 * payment waiting for confirmation (else the org's current month) and the amount what is left of it (minor
 * units); an amount above the balance is warned about, never over an empty field. Amounts in the lease's
 * currency (`currency`, the apartment's, when the ledger is not shown).
 */
export function RecordPayment({
  current,
  ledgers,
  pending,
  currency,
  today,
}: {
  current: LeaseOption[];
  ledgers: ApartmentOverview["ledgers"];
  pending: ApartmentOverview["pendingPayments"];
  currency: string;
  today: string;
}) {
  const t = useTranslations("money");
  // Each recorded payment closes the form (a new round mounts it closed): nothing stays filled in to post twice.
  const [round, setRound] = useState(0);
  // One lease: its oldest unpaid month that no payment waits on (a renter's report there is confirmed, not
  // recorded again), and what is left of it (else the current month, and the balance due unless a payment waits).
  const ledger = current.length === 1 ? ledgers.find((l) => l.leaseId === current[0]?.id) : undefined;
  const waiting = pending.filter((p) => p.leaseId === ledger?.leaseId).map((p) => p.period);
  const prefill = ledger ? paymentPrefill(ledger, waiting) : undefined;
  return (
    <Disclosure key={round} summary={t("record.open")} testId="record-payment">
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <LazyPaymentForm
          id="record"
          side="landlord"
          currency={ledgers.find((l) => l.leaseId === current[0]?.id)?.currency ?? currency}
          today={today}
          leases={current}
          leaseId={current.length === 1 ? current[0]?.id : undefined}
          method="transfer"
          amount={prefill?.amount}
          period={prefill?.period ?? today.slice(0, 7)}
          owed={ledger ? Math.max(0, ledger.balance) : undefined}
          onDone={() => setRound((n) => n + 1)}
        />
      </div>
    </Disclosure>
  );
}
