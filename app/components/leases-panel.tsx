import type { SubmissionResult } from "@conform-to/react";
import { usePersonName } from "../i18n/person-name";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { isFrenchJurisdiction, LEASE_KINDS } from "../../worker/lib/french-lease-law";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { formatDayOf } from "../lib/dates";
import { formErrorOf, succeeded } from "../lib/forms";
import { AddLeaseForm } from "./add-lease-form";
import { Button } from "./button";
import { LeaseChargesForm } from "./lease-charges-form";
import { EndLeaseControls } from "./lease-end";
import { RentRevisionPanel } from "./rent-revision-panel";
import { Disclosure } from "./ui/disclosure";
import { useToast } from "./ui/toast";
import { useFormatLocale } from "../i18n/format-locale";
import type { FormatLocale } from "../../worker/lib/i18n/regions";

type Lease = {
  id: string;
  startDate: string;
  endDate: string | null;
  rentAmount: number;
  /** Monthly charges (minor units); what is due each month is rent + charges. */
  chargesAmount: number;
  currency: string;
  dueDay: number;
  status: string;
  /** The kind of lease (worker/lib/french-lease-law.ts `LEASE_KINDS`). */
  kind: string;
  renters: { id: string; email: string; name: string | null; joinedAt: string | null }[];
  /** When it was called off (ISO timestamp; migration 0037): shown instead of its dates. */
  cancelledAt?: string | null;
};

const STATUSES = ["upcoming", "current", "ended", "cancelled"] as const;
const statusOf = (status: string) => STATUSES.find((s) => s === status);
const kindOf = (kind: string) => LEASE_KINDS.find((k) => k === kind);

/**
 * The apartment's leases and their renters (the page's `#lease` section); with `lease.manage`, co-renter
 * invitations on a running lease, and a new lease only when there is room for one (vacant: open at once;
 * every running lease has a move-out date: "Prepare the next lease"), each behind its button
 * — a renter invited by email, rent typed as money in the apartment's currency; in France, its kind and who
 * lets, checked against loi n° 89-462. Dates and amounts in the page's language.
 */
export function LeasesPanel({
  apartment,
  leases,
  canManage,
  replies,
}: {
  apartment: {
    rentAmount: number;
    currency: string;
    country: string;
    landlordKind?: "individual" | "company" | null;
    timezone?: string;
  };
  leases: Lease[];
  canManage: boolean;
  replies: {
    coRenter?: SubmissionResult<string[]>;
    renter?: SubmissionResult<string[]>;
    end?: SubmissionResult<string[]>;
    charges?: SubmissionResult<string[]>;
  };
}) {
  const t = useTranslations("leases");
  const tm = useTranslations("apartmentGlance");
  const running = leases.filter((l) => l.status === "current" || l.status === "upcoming");
  const vacant = running.length === 0;
  // A lease runs: what makes sense is a co-renter on it. Only once every running lease has its move-out date
  // is there room for the next lease, prepared ahead ("Prepare the next lease").
  const nextLease = vacant || running.every((l) => l.endDate !== null);
  // Here, not in the form: a lease it created closes the form (the apartment is let) in the same render.
  useToast(replies.renter, succeeded(replies.renter), t("invitationSent"));
  return (
    <section
      id="lease"
      aria-labelledby="leases-title"
      className="scroll-mt-16 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="leases-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {leases.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {leases.map((l) => (
            <LeaseItem key={l.id} lease={l} apartment={apartment} canManage={canManage} replies={replies} />
          ))}
        </ul>
      )}
      {canManage && nextLease && (
        // The new-lease form opens when asked, or at once on a vacant apartment (the one thing to do there);
        // it stays open while it answers with its errors (a lease it created says so in a toast).
        <Disclosure
          summary={vacant ? tm("addRenter") : tm("startNextLease")}
          defaultOpen={vacant || (replies.renter !== undefined && !succeeded(replies.renter))}
          className="mt-4 border-t border-slate-100 pt-4"
          testId="add-renter"
        >
          <AddLeaseForm apartment={apartment} lastResult={replies.renter} />
        </Disclosure>
      )}
    </section>
  );
}

/** One lease of the panel: its line, its rent revision, and (managers) co-renter, charges and end controls. */
function LeaseItem({
  lease: l,
  apartment,
  canManage,
  replies,
}: {
  lease: Lease;
  apartment: { country: string; timezone?: string };
  canManage: boolean;
  replies: {
    coRenter?: SubmissionResult<string[]>;
    end?: SubmissionResult<string[]>;
    charges?: SubmissionResult<string[]>;
  };
}) {
  const tm = useTranslations("apartmentGlance");
  return (
    <li className="py-2 text-sm">
      <LeaseLine lease={l} french={isFrenchJurisdiction(apartment.country)} timeZone={apartment.timezone ?? "UTC"} />
      {l.status === "current" && <RentRevisionPanel leaseId={l.id} canManage={canManage} />}
      {canManage && (l.status === "current" || l.status === "upcoming") && (
        // The three buttons side by side where they fit; an opened one takes the whole row.
        <div className="mt-2 flex flex-wrap gap-2">
          <Disclosure
            summary={tm("addCoRenter")}
            defaultOpen={replies.coRenter?.initialValue?.leaseId === l.id}
            className="open:basis-full"
          >
            <CoRenterForm lease={l} lastResult={replies.coRenter} />
          </Disclosure>
          <LeaseChargesForm lease={l} country={apartment.country} lastResult={replies.charges} />
          <EndLeaseControls lease={l} lastResult={replies.end} />
        </div>
      )}
    </li>
  );
}

/** What is due each month: rent + charges, with the two apart when there are charges. */
function monthly(l: Lease, locale: FormatLocale, t: ReturnType<typeof useTranslations<"leases">>) {
  const money = (minor: number) => formatMoney(minor, l.currency, locale);
  if (l.chargesAmount === 0) return money(l.rentAmount);
  return t("rentAndCharges", {
    total: money(l.rentAmount + l.chargesAmount),
    rent: money(l.rentAmount),
    charges: money(l.chargesAmount),
  });
}

/** One lease: its dates, kind (in France), rent and charges, due day and status, then its renters (invited ones marked). */
/**
 * A cancelled lease's line: its agreed dates (a lease cancelled since issue 13 keeps them) and the day it was
 * called off; rows cancelled earlier, stored with an end before their start, give their start only.
 */
function cancelledLine(
  l: Lease,
  start: string,
  date: string,
  locale: FormatLocale,
  t: ReturnType<typeof useTranslations<"leases">>,
) {
  if (l.endDate && l.endDate >= l.startDate)
    return t("cancelledAgreed", { start, end: formatDate(l.endDate, locale), date });
  return t("cancelledOn", { start, date });
}

function LeaseLine({ lease: l, french, timeZone }: { lease: Lease; french: boolean; timeZone: string }) {
  const t = useTranslations("leases");
  const tk = useTranslations("lease.kind");
  const kind = french ? kindOf(l.kind) : undefined;
  const formatLocale = useFormatLocale();
  const start = formatDate(l.startDate, formatLocale);
  const status = statusOf(l.status);
  const person = usePersonName();
  const renters = l.renters.map((r) => {
    const name = r.name ? person(r.name) : r.email;
    return r.joinedAt ? name : t("invited", { name });
  });
  return (
    <>
      <p className="font-medium">
        {[
          // A cancelled lease never ran: its agreed dates, and when it was called off.
          l.cancelledAt
            ? cancelledLine(l, start, formatDayOf(l.cancelledAt, formatLocale, timeZone), formatLocale, t)
            : l.endDate
              ? t("period", { start, end: formatDate(l.endDate, formatLocale) })
              : t("openEnded", { start }),
          ...(kind ? [tk(kind)] : []),
          monthly(l, formatLocale, t),
          t("dueDay", { day: l.dueDay }),
          status ? t(`status.${status}`) : l.status,
        ].map((part) => (
          <span key={part} className="after:mx-1 after:content-['·'] last:after:content-none">
            {part}
          </span>
        ))}
      </p>
      <p className="text-slate-600">{new Intl.ListFormat(formatLocale, { type: "unit" }).format(renters)}</p>
    </>
  );
}

function CoRenterForm({ lease, lastResult }: { lease: Lease; lastResult?: SubmissionResult<string[]> }) {
  const t = useTranslations("leases");
  const formatLocale = useFormatLocale();
  const busy = useNavigation().state !== "idle";
  const mine = lastResult?.initialValue?.leaseId === lease.id ? lastResult : undefined;
  const error = formErrorOf(mine) ?? mine?.error?.email?.[0];
  useToast(mine, succeeded(mine), t("invitationSent"));
  return (
    <Form
      method="post"
      className="mt-2 flex flex-wrap items-end gap-2"
      aria-label={t("coRenter.formLabel", { start: formatDate(lease.startDate, formatLocale) })}
    >
      <input type="hidden" name="intent" value="add-co-renter" />
      <input type="hidden" name="leaseId" value={lease.id} />
      <div>
        <label htmlFor={`co-renter-${lease.id}`} className="block text-xs font-medium">
          {t("coRenter.email")}
        </label>
        <input
          id={`co-renter-${lease.id}`}
          name="email"
          type="email"
          required
          className="mt-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
      <Button variant="secondary" disabled={busy}>
        {t("coRenter.submit")}
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </Form>
  );
}
