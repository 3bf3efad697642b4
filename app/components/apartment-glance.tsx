import { Icon } from "./ui/icon";
import { usePersonName } from "../i18n/person-name";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../worker/apartments/contract";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { buttonClass, linkClass } from "./button";
import { Badge } from "./ui/badge";
import { useFormatLocale } from "../i18n/format-locale";

/**
 * The apartment at a glance (issue 14 §3), the top of the landlord's page: where it is, its status (let,
 * vacant, or a lease about to start), the current renters, the rent, the balance (all current leases, per
 * currency; positive means owed) and the lease end; the chat tab one tap away while someone rents it, and an
 * edit link for editors.
 */
export function ApartmentGlance({
  overview,
  canEdit,
  canReport = false,
}: {
  overview: ApartmentOverview;
  canEdit: boolean;
  /** Staff who triage maintenance: "New repair request" on this apartment. */
  canReport?: boolean;
}) {
  const ta = useTranslations("apartments");
  const t = useTranslations("apartmentGlance");
  const { apartment } = overview;
  const { status, facts } = useGlance(overview);
  return (
    <header className="space-y-3">
      <p className="text-sm text-slate-600">
        {ta.rich("location", {
          property: apartment.propertyName,
          address: apartment.address,
          city: apartment.city,
          link: (chunks) => (
            <Link to={`/properties/${apartment.propertyId}`} className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold">{ta("heading", { unit: apartment.unitNumber })}</h1>
          <Badge tone={status === "let" ? "success" : status === "upcoming" ? "info" : "warning"}>{t(status)}</Badge>
        </div>
        <div className="flex flex-wrap gap-2">
          {overview.currentLeaseIds.length > 0 && (
            <Link to="?tab=chat" preventScrollReset className={buttonClass("secondary")}>
              <Icon name="message-circle" className="size-4" />
              {t("openChat")}
            </Link>
          )}
          {canReport && (
            <Link to={`/apartments/${apartment.id}/report`} className={buttonClass("secondary")}>
              <Icon name="wrench" className="size-4" />
              {t("newRepairRequest")}
            </Link>
          )}
          {canEdit && (
            <Link to={`/apartments/${apartment.id}/edit`} className={buttonClass("ghost")}>
              <Icon name="pencil" className="size-4" />
              {ta("edit")}
            </Link>
          )}
        </div>
      </div>
      <dl
        className="grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-4"
        data-testid="apartment-glance"
      >
        {facts.map(([label, value, tone]) => (
          <div key={label} className="min-w-0">
            <dt className="text-xs font-medium text-slate-600">{label}</dt>
            <dd className={`mt-0.5 font-semibold break-words ${tone ?? "text-slate-900"}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

/** The glance's figures: status, then [label, value, text tone] for renters, rent, balance and lease end. */
function useGlance(overview: ApartmentOverview) {
  const t = useTranslations("apartmentGlance");
  const formatLocale = useFormatLocale();
  const { apartment, leases, ledgers, currentLeaseIds } = overview;
  const current = leases.filter((l) => l.status === "current");
  const upcoming = leases.filter((l) => l.status === "upcoming");
  const shown = current.length ? current : upcoming;
  const status = current.length ? "let" : upcoming.length ? "upcoming" : "vacant";
  const person = usePersonName();
  const renters = shown.flatMap((l) => l.renters.map((r) => (r.name ? person(r.name) : r.email)));
  const balance = ledgers.filter((l) => currentLeaseIds.includes(l.leaseId)).reduce((sum, l) => sum + l.balance, 0);
  const currency = shown[0]?.currency ?? apartment.currency;
  const rent = shown.length ? shown.reduce((n, l) => n + l.rentAmount + l.chargesAmount, 0) : apartment.rentAmount;
  const ends = shown
    .map((l) => l.endDate)
    .filter((d): d is string => d !== null)
    .sort();
  const money = (n: number) => formatMoney(n, currency, formatLocale);
  const facts: [string, string, string?][] = [
    [
      t("renters"),
      renters.length ? new Intl.ListFormat(formatLocale, { type: "conjunction" }).format(renters) : t("noRenters"),
    ],
    // A member who does not see leases' money (maintenance) gets no rent from the API.
    ...(rent === null ? [] : ([[t("rent"), money(rent)]] as [string, string][])),
    ...(shown.length
      ? ([
          [
            t("balance"),
            balance > 0
              ? t("balanceDue", { amount: money(balance) })
              : balance < 0
                ? t("balanceCredit", { amount: money(-balance) })
                : t("balanceZero"),
            balance > 0 ? "text-red-800" : "text-emerald-800",
          ],
          [t("leaseEnd"), ends[0] ? formatDate(ends[0], formatLocale) : t("openEnded")],
        ] as [string, string, string?][])
      : []),
  ];
  return { status, facts } as const;
}
