import { getFormProps, useForm } from "@conform-to/react";
import { useState } from "react";
import { useFetcher } from "react-router";
import type { z } from "zod";
import type { Activity } from "../../durable-objects/apartment-room.protocol";
import type { Side } from "../../worker/domain";
import { formatMoney } from "../../worker/lib/money";
import type { activityInput } from "../../worker/rooms/contract";
import { type FormReply, formErrorOf } from "../lib/forms";
import { formatDateTime, useLocale } from "../lib/locale";
import { TextField } from "./field";

export type FeedViewer = { userId: string; side: Side; canPost: boolean; canConfirm: boolean };

/** One entry of the feed; the other side confirms or rejects a pending one (app/lib/room-actions.server.ts). */
export function ActivityItem({ activity: a, viewer }: { activity: Activity; viewer: FeedViewer }) {
  const fetcher = useFetcher<FormReply>();
  const locale = useLocale();
  const [rejecting, setRejecting] = useState(false);
  const mine = a.authorUserId === viewer.userId;
  const mayConfirm =
    a.status === "pending_confirmation" && a.confirmBySide === viewer.side && !mine && viewer.canConfirm;
  const error = formErrorOf(fetcher.data?.result) ?? fetcher.data?.result.error?.reason?.[0];
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-activity-id={a.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium">{a.description}</p>
        {a.amount !== null && a.currency && (
          <p className="font-semibold tabular-nums">{formatMoney(a.amount, a.currency)}</p>
        )}
      </div>
      <p className="text-xs text-slate-600">
        {a.authorName} ({a.authorSide}) · {formatDateTime(a.createdAt, locale)}
        {a.period ? ` · period ${a.period}` : ""}
      </p>
      <p className="mt-1 text-sm" data-testid="activity-status">
        {a.status === "pending_confirmation" && (
          <span className="text-amber-800">Waiting for the {a.confirmBySide} to confirm</span>
        )}
        {a.status === "confirmed" && (
          <span className="text-emerald-800">
            Confirmed by {a.confirmedByName} on {formatDateTime(a.confirmedAt ?? a.updatedAt, locale)}
          </span>
        )}
        {a.status === "rejected" && (
          <span className="text-red-800">
            Rejected by {a.confirmedByName}: {a.rejectedReason}
          </span>
        )}
      </p>
      {mayConfirm && (
        <div className="mt-2 flex flex-wrap gap-2">
          <fetcher.Form method="post">
            <input type="hidden" name="intent" value="confirm" />
            <input type="hidden" name="activityId" value={a.id} />
            <button className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-500">
              Confirm
            </button>
          </fetcher.Form>
          {!rejecting ? (
            <button
              type="button"
              onClick={() => setRejecting(true)}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            >
              Reject…
            </button>
          ) : (
            <fetcher.Form method="post" className="flex flex-wrap items-center gap-2">
              <input type="hidden" name="intent" value="reject" />
              <input type="hidden" name="activityId" value={a.id} />
              <label className="sr-only" htmlFor={`reason-${a.id}`}>
                Reason
              </label>
              <input
                id={`reason-${a.id}`}
                name="reason"
                required
                minLength={3}
                placeholder="Reason"
                className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              />
              <button className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white">Reject</button>
            </fetcher.Form>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}

/**
 * A post to the feed: a note, or a payment (amount typed as money in the lease's `currency`, sent in minor
 * units) for a month. The form empties after a post the API accepted.
 */
export function PostActivityForm({ side, currency }: { side: Side; currency: string }) {
  const fetcher = useFetcher<FormReply>();
  const lastResult = fetcher.data?.result;
  const [form, fields] = useForm<z.input<typeof activityInput>>({ lastResult });
  return (
    <fetcher.Form
      key={form.key}
      method="post"
      className="mt-3 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2"
      {...getFormProps(form)}
      noValidate={false}
    >
      <input type="hidden" name="intent" value="post" />
      <input type="hidden" name="currency" value={currency} />
      <TextField
        label={side === "renter" ? "What happened (e.g. payment sent for May)" : "Note or payment received"}
        field={fields.description}
        id="activity-description"
        required
        maxLength={2000}
        className="sm:col-span-2"
      />
      <TextField
        label={`Amount (${currency}, optional)`}
        field={fields.amount}
        id="activity-amount"
        inputMode="decimal"
        placeholder="850.00"
      />
      <TextField label="Period (optional)" field={fields.period} id="activity-period" type="month" />
      {side === "landlord" && (
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name={fields.needsConfirmation.name} value="on" /> Ask the renter to confirm
        </label>
      )}
      <div className="sm:col-span-2">
        <button
          className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
          disabled={fetcher.state !== "idle"}
        >
          {side === "renter" ? "Post to the feed" : "Post"}
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
