import { Icon } from "../ui/icon";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { Side } from "../../../worker/domain";
import type { MaintenanceFeedFacts } from "../../../worker/rooms/contract";
import { useIsolate } from "../../i18n/bidi";
import { useFormatLocale } from "../../i18n/format-locale";
import { formatTimeZone } from "../../../worker/lib/i18n/format";

/**
 * A maintenance step of the apartment's feed (issue 15 §3) in the reader's language, from the facts the
 * server stored (worker/rooms/contract.ts `maintenanceFeedFacts`): "Fuite sous l’évier : intervention prévue le mar. 3 déc.,
 * 08:00–10:00 (heure d’Europe centrale)". The visit's day and window are the org's time zone's, labelled with
 * its name: a renter abroad reads the apartment's time.
 */
export function MaintenanceStepText({ facts }: { facts: MaintenanceFeedFacts }) {
  const t = useTranslations("maintenanceFeed");
  const locale = useFormatLocale();
  const bidi = useIsolate();
  const title = bidi(facts.title);
  if (facts.event === "scheduled" && facts.visit) {
    const day = new Date(`${facts.visit.date}T12:00:00Z`).toLocaleDateString(locale, {
      weekday: "short",
      day: "numeric",
      month: "short",
      timeZone: "UTC",
      calendar: "gregory",
    });
    const zone = formatTimeZone(facts.visit.timezone, locale);
    return <>{t("scheduled", { title, date: day, from: facts.visit.from, to: facts.visit.to, zone })}</>;
  }
  const event = facts.event === "scheduled" ? "triaged" : facts.event;
  return <>{t(event, { title })}</>;
}

/** The link from a maintenance step to its request: the renter's page of it, or the staff's. */
export function MaintenanceStepLink({
  requestId,
  apartmentId,
  side,
}: {
  requestId: string;
  apartmentId: string;
  side: Side;
}) {
  const t = useTranslations("maintenanceFeed");
  const to = side === "renter" ? `/homes/${apartmentId}/maintenance/${requestId}` : `/maintenance/${requestId}`;
  return (
    <Link
      to={to}
      className="mt-1 inline-flex items-center gap-1 text-sm font-medium text-sky-800 underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
    >
      <Icon name="wrench" className="size-4" />
      {t("open")}
    </Link>
  );
}
