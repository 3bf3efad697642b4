import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../worker/apartments/contract";
import { LAST_DAY_OF_MONTH } from "../../worker/lib/date-input";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { useIsolate } from "../i18n/bidi";
import { useFormatLocale } from "../i18n/format-locale";
import { linkClass } from "./button";

/** "due on day 5" / "due on the last day of the month" (31: lib/calendar.ts `dueDateOf`), in the page's language. */
function useDueDay() {
  const t = useTranslations("homes");
  return (dueDay: number) => (dueDay >= LAST_DAY_OF_MONTH ? t("dueLast") : t("dueOn", { day: dueDay }));
}

/** Where the home is (org, address, city) and its lease in one line: rent, due day, dates. */
export function HomeHeader({ data }: { data: Pick<ApartmentOverview, "apartment" | "leases"> }) {
  const { apartment, leases } = data;
  const lease = leases[0];
  const t = useTranslations("homes");
  const formatLocale = useFormatLocale();
  const due = useDueDay();
  const bidi = useIsolate();
  return (
    <header>
      <p className="text-sm text-slate-600">
        <Link to="/homes" className={linkClass}>
          {t("pageTitle")}
        </Link>{" "}
        · {apartment.orgName}
      </p>
      <h1 className="text-2xl font-semibold">
        {t("address", { address: bidi(apartment.address), unit: bidi(apartment.unitNumber) })}
      </h1>
      <p className="text-sm text-slate-700">{apartment.city}</p>
      {lease && (
        <p className="mt-1 text-sm text-slate-700">
          {t("rentLine", {
            amount: formatMoney(lease.rentAmount + lease.chargesAmount, lease.currency, formatLocale),
            due: due(lease.dueDay),
          })}{" "}
          ·{" "}
          {lease.endDate
            ? t("leaseFromTo", {
                start: formatDate(lease.startDate, formatLocale),
                end: formatDate(lease.endDate, formatLocale),
              })
            : t("leaseFrom", { start: formatDate(lease.startDate, formatLocale) })}{" "}
          ({t(`status.${lease.status}`)})
        </p>
      )}
    </header>
  );
}
