import type { ReactNode } from "react";
import { Link, useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { OrgDashboard } from "../../worker/dashboard/contract";
import { formatDate, formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { formErrorOf, resultFor, type FormReply } from "../lib/forms";
import { Button, linkClass } from "./button";
import { useFormatLocale } from "../i18n/format-locale";
import { usePersonName } from "../i18n/person-name";

type Payment = OrgDashboard["toConfirm"]["items"][number];

/** A titled white panel whose id the figure cards link to. */
function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`${id}-title`} className="font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One apartment's name (property · unit), linking to its page. */
function Place({ p }: { p: { apartmentId: string; propertyName: string; unitNumber: string } }) {
  const t = useTranslations("orgDashboard");
  return (
    <Link to={`/apartments/${p.apartmentId}`} className={linkClass}>
      {t("unit", { property: p.propertyName, unit: p.unitNumber })}
    </Link>
  );
}

/** A reported payment with its Confirm button (POST `intent=confirm` to the dashboard's action). */
function PaymentRow({ p }: { p: Payment }) {
  const personName = usePersonName();
  const t = useTranslations("orgDashboard");
  const formatLocale = useFormatLocale();
  const fetcher = useFetcher<FormReply>();
  const amount = formatMoney(p.amount, p.currency, formatLocale);
  const error = formErrorOf(resultFor(fetcher.data, "confirm"));
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="payment-to-confirm">
      <div className="min-w-0 text-sm">
        <Place p={p} />
        <p className="text-slate-700">
          {t("reported", { name: personName(p.authorName), amount })}
          {p.period ? ` ${t("forPeriod", { period: formatPeriod(p.period, formatLocale) })}` : null}
        </p>
        {error ? (
          <p role="alert" className="text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <fetcher.Form method="post">
        <input type="hidden" name="intent" value="confirm" />
        <input type="hidden" name="activityId" value={p.activityId} />
        <Button
          pending={fetcher.state !== "idle"}
          aria-label={t("confirmLabel", { amount, name: personName(p.authorName) })}
          className="min-h-11"
        >
          {t("confirm")}
        </Button>
      </fetcher.Form>
    </li>
  );
}

/** The payments renters reported, oldest first, each confirmable right here. */
export function PaymentsToConfirm({ toConfirm }: Pick<OrgDashboard, "toConfirm">) {
  const t = useTranslations("orgDashboard");
  const more = toConfirm.count - toConfirm.items.length;
  return (
    <Panel id="to-confirm" title={t("confirmHeading")}>
      {toConfirm.items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("confirmEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {toConfirm.items.map((p) => (
            <PaymentRow key={p.activityId} p={p} />
          ))}
        </ul>
      )}
      {more > 0 ? <p className="mt-2 text-sm text-slate-600">{t("confirmMore", { count: more })}</p> : null}
    </Panel>
  );
}

/** Vacant apartments (with the next lease's start) and those a lease leaves within 60 days. */
export function Vacancies({ vacancies, upcomingVacancies }: Pick<OrgDashboard, "vacancies" | "upcomingVacancies">) {
  const t = useTranslations("orgDashboard");
  const formatLocale = useFormatLocale();
  const rows = [
    ...vacancies.map((v) => ({
      key: v.apartmentId,
      place: v,
      note: v.nextStart ? t("nextStart", { date: formatDate(v.nextStart, formatLocale) }) : t("vacantNow"),
    })),
    ...upcomingVacancies.map((u) => ({
      key: u.leaseId,
      place: u,
      note: t("freeFrom", { date: formatDate(u.endDate, formatLocale) }),
    })),
  ];
  return (
    <Panel id="vacancies" title={t("vacanciesHeading")}>
      {rows.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("vacanciesEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {rows.map((r) => (
            <li key={r.key} className="flex flex-wrap justify-between gap-x-4 py-2">
              <Place p={r.place} />
              <bdi className="text-slate-600">{r.note}</bdi>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** Leases whose last day falls within 60 days, soonest first, with their renters. */
export function LeasesEnding({ leasesEnding }: Pick<OrgDashboard, "leasesEnding">) {
  const t = useTranslations("orgDashboard");
  const formatLocale = useFormatLocale();
  return (
    <Panel id="ending" title={t("endingHeading")}>
      {leasesEnding.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("endingEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {leasesEnding.map((l) => (
            <li key={l.leaseId} className="flex flex-wrap justify-between gap-x-4 py-2">
              <Place p={l} />
              <bdi className="text-slate-700">{l.renters}</bdi>
              <span className="text-slate-600">{t("endsOn", { date: formatDate(l.endDate, formatLocale) })}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
