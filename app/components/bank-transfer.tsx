import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../worker/apartments/contract";

/**
 * Where renters pay (the home page, and the apartment page for staff): the org's bank details for a transfer
 * (holder, IBAN in groups of 4, BIC) and the reference that ties the transfer to the lease. The API sends them
 * only to staff and to renters whose lease has not ended.
 */
export function BankTransfer({ bank, reference }: { bank: ApartmentOverview["bankDetails"]; reference?: string }) {
  const t = useTranslations("money.payByTransfer");
  if (!bank) return null;
  const rows: [string, string | null | undefined][] = [
    [t("holder"), bank.holder],
    [t("iban"), bank.ibanPrinted],
    [t("bic"), bank.bic],
    [t("reference"), reference],
  ];
  return (
    <section aria-labelledby="bank-transfer-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="bank-transfer-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd className="font-mono font-medium break-words text-slate-900" dir="ltr">
                {value}
              </dd>
            </div>
          ))}
      </dl>
      {reference ? <p className="mt-2 text-sm text-slate-600">{t("referenceHint")}</p> : null}
    </section>
  );
}
