import { getFormProps, useForm } from "@conform-to/react";
import { useState } from "react";
import { type FetcherWithComponents, useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { Activity } from "../../durable-objects/apartment-room.protocol";
import type { Side } from "../../worker/domain";
import { formatDateTime, formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import type { activityInput } from "../../worker/rooms/contract";
import { type FormReply, formErrorOf } from "../lib/forms";
import { ActivityText } from "./activity-text";
import { TextField } from "./field";
import { MaintenanceStepLink } from "./maintenance/feed-step";
import { type LeaseOption, useLeaseLabel } from "./lease-options";
import { LeasePicker } from "./lease-picker";
import { useFormatLocale } from "../i18n/format-locale";
import { usePersonName } from "../i18n/person-name";

export type FeedViewer = { userId: string; side: Side; canPost: boolean; canConfirm: boolean };

/**
 * One entry of the feed; the other side confirms or rejects a pending one (app/lib/room-actions.server.ts).
 * Times show in `timeZone` (the org's, labelled); `lease` names the entry's lease when the flat has several.
 */
export function ActivityItem({
  activity: a,
  viewer,
  timeZone,
  lease,
}: {
  activity: Activity;
  viewer: FeedViewer;
  timeZone: string;
  lease?: LeaseOption;
}) {
  const t = useTranslations("feed");
  const personName = usePersonName();
  const formatLocale = useFormatLocale();
  const leaseLabel = useLeaseLabel();
  const fetcher = useFetcher<FormReply>();
  const mine = a.authorUserId === viewer.userId;
  const mayConfirm =
    a.status === "pending_confirmation" && a.confirmBySide === viewer.side && !mine && viewer.canConfirm;
  const error = formErrorOf(fetcher.data?.result) ?? fetcher.data?.result.error?.reason?.[0];
  const when = (instant: string) => formatDateTime(instant, formatLocale, timeZone);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-activity-id={a.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium" dir="auto">
          <ActivityText activity={a} />
        </p>
        {a.amount !== null && a.currency && (
          <p className="font-semibold tabular-nums">{formatMoney(a.amount, a.currency, formatLocale)}</p>
        )}
      </div>
      <p className="text-xs text-slate-600">
        {t("byline", { author: personName(a.authorName), side: a.authorSide, time: when(a.createdAt) })}
        {a.period ? ` · ${t("forPeriod", { period: formatPeriod(a.period, formatLocale) })}` : ""}
        {lease ? ` · ${leaseLabel(lease)}` : ""}
      </p>
      {a.maintenanceRequestId && (
        <MaintenanceStepLink requestId={a.maintenanceRequestId} apartmentId={a.apartmentId} side={viewer.side} />
      )}
      <p className="mt-1 text-sm" data-testid="activity-status">
        {a.status === "pending_confirmation" && (
          <span className="text-amber-800">{t("status.pending", { side: a.confirmBySide ?? "other" })}</span>
        )}
        {a.status === "confirmed" && (
          <span className="text-emerald-800">
            {t("status.confirmed", {
              name: personName(a.confirmedByName ?? ""),
              time: when(a.confirmedAt ?? a.updatedAt),
            })}
          </span>
        )}
        {a.status === "rejected" && (
          <span className="text-red-800">
            {t("status.rejected", { name: personName(a.confirmedByName ?? ""), reason: a.rejectedReason ?? "" })}
          </span>
        )}
      </p>
      {mayConfirm && <SettleForms activityId={a.id} fetcher={fetcher} />}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}

/** Confirm, or reject with a reason, an entry waiting for the viewer's side (posted through the item's fetcher). */
function SettleForms({ activityId, fetcher }: { activityId: string; fetcher: FetcherWithComponents<FormReply> }) {
  const t = useTranslations("feed");
  const [rejecting, setRejecting] = useState(false);
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      <fetcher.Form method="post">
        <input type="hidden" name="intent" value="confirm" />
        <input type="hidden" name="activityId" value={activityId} />
        <button className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-500">
          {t("confirm")}
        </button>
      </fetcher.Form>
      {!rejecting ? (
        <button
          type="button"
          onClick={() => setRejecting(true)}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
        >
          {t("rejectOpen")}
        </button>
      ) : (
        <fetcher.Form method="post" className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="intent" value="reject" />
          <input type="hidden" name="activityId" value={activityId} />
          <label className="sr-only" htmlFor={`reason-${activityId}`}>
            {t("reason")}
          </label>
          <input
            id={`reason-${activityId}`}
            name="reason"
            required
            minLength={3}
            placeholder={t("reason")}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <button className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white">{t("reject")}</button>
        </fetcher.Form>
      )}
    </div>
  );
}

/**
 * A post to the feed: a note, or a payment (amount typed as money in the lease's `currency`, sent in minor
 * units) for a month. With two or more current `leases` (staff of a shared flat) it shows the lease picker,
 * required as soon as the post is money or asks for a confirmation (the API answers 422 `lease_required`
 * otherwise); with one, the lease is implied. A renter never gets `leases`. The form empties after a post
 * the API accepted.
 */
export function PostActivityForm({
  side,
  currency,
  leases = [],
}: {
  side: Side;
  currency: string;
  leases?: LeaseOption[];
}) {
  const t = useTranslations("feed");
  const fetcher = useFetcher<FormReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof activityInput>>({ lastResult });
  const [leaseNeeded, setLeaseNeeded] = useState(false);
  const picking = side === "landlord" && leases.length > 1;
  return (
    <fetcher.Form
      key={form.key}
      method="post"
      className="mt-3 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2"
      {...getFormProps(form)}
      noValidate={false}
      onChange={(e) => {
        const f = e.currentTarget.elements;
        const amount = f.namedItem(fields.amount.name);
        const ask = f.namedItem(fields.needsConfirmation.name);
        setLeaseNeeded(
          (amount instanceof HTMLInputElement && amount.value.trim() !== "") ||
            (ask instanceof HTMLInputElement && ask.checked),
        );
      }}
    >
      <input type="hidden" name="intent" value="post" />
      <input type="hidden" name="currency" value={currency} />
      <TextField
        label={side === "renter" ? t("post.renterLabel") : t("post.landlordLabel")}
        field={fields.description}
        id="activity-description"
        required
        maxLength={2000}
        className="sm:col-span-2"
      />
      <TextField
        label={t("post.amount", { currency })}
        field={fields.amount}
        id="activity-amount"
        inputMode="decimal"
      />
      <TextField label={t("post.period")} field={fields.period} id="activity-period" type="month" />
      {picking && (
        <LeasePicker leases={leases} field={fields.leaseId} required={leaseNeeded} className="sm:col-span-2" />
      )}
      {side === "landlord" && (
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name={fields.needsConfirmation.name} value="on" /> {t("post.askRenter")}
        </label>
      )}
      <div className="sm:col-span-2">
        <button
          className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
          disabled={fetcher.state !== "idle"}
        >
          {side === "renter" ? t("post.renterSubmit") : t("post.landlordSubmit")}
        </button>
        {formErrorOf(lastResult) && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {formErrorOf(lastResult)}
          </p>
        )}
      </div>
    </fetcher.Form>
  );
}
