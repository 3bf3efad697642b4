import { useTranslations } from "use-intl";
import { formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { formatDayOf } from "../lib/dates";
import { useFormatLocale } from "../i18n/format-locale";
import { LedgerReason } from "./activity-text";
import type { Ledger } from "./ledger-forms";

const KINDS = ["charge", "payment", "adjustment", "refund"] as const;
const isKind = (k: string): k is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(k);

/**
 * A lease's ledger entries, newest first: the kind (charge, payment, adjustment, refund), the month it is for
 * and why the system wrote it, then the amount (minor units of the ledger's currency, shown as a debit or a
 * credit) and the day it was written in the org's `timeZone` (IANA).
 */
export function LedgerEntries({ ledger, timeZone }: { ledger: Ledger; timeZone: string }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("ledger");
  const money = (n: number) => formatMoney(Math.abs(n), ledger.currency, formatLocale);
  return (
    <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="ledger-entries">
      {ledger.entries.map((e) => (
        <li key={e.id} className="flex flex-wrap justify-between gap-2 py-1">
          <span>
            {isKind(e.kind) ? t(`kinds.${e.kind}`) : e.kind}
            {e.period ? ` · ${formatPeriod(e.period, formatLocale)}` : ""}
            <LedgerReason entry={e} />
          </span>
          <span className="tabular-nums">
            {t("entryAmount", {
              direction: e.amount > 0 ? "debit" : "credit",
              amount: money(e.amount),
              date: formatDayOf(e.createdAt, formatLocale, timeZone),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
