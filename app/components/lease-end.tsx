import type { SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { formatDate } from "../../worker/lib/i18n/format";
import { formErrorOf } from "../lib/forms";
import { Button } from "./button";
import { Disclosure } from "./ui/disclosure";
import { useFormatLocale } from "../i18n/format-locale";

/**
 * The end of a lease, in the UI: the landlord sets the move-out date or calls an upcoming lease off (the
 * apartment page, `end-lease` / `cancel-lease`); a co-renter leaves (their home page, `leave-lease`). Each
 * takes effect at once for the renters (the API closes their room sockets).
 */

/**
 * The landlord's controls for one lease that has not ended, behind "End the lease" (open by itself while it
 * shows a refusal): a move-out date, and cancel while upcoming.
 */
export function EndLeaseControls({
  lease,
  lastResult,
}: {
  lease: { id: string; startDate: string; endDate: string | null; status: string };
  lastResult?: SubmissionResult<string[]>;
}) {
  const busy = useNavigation().state !== "idle";
  const mine = lastResult?.initialValue?.leaseId === lease.id ? lastResult : undefined;
  const error = formErrorOf(mine) ?? mine?.error?.endDate?.[0];
  const t = useTranslations("leaseEnd");
  const formatLocale = useFormatLocale();
  return (
    <Disclosure summary={t("open")} defaultOpen={mine !== undefined && error !== undefined} className="open:basis-full">
      <div className="flex flex-wrap items-end gap-3">
        <Form
          method="post"
          className="flex items-end gap-2"
          aria-label={t("formLabel", { date: formatDate(lease.startDate, formatLocale) })}
        >
          <input type="hidden" name="intent" value="end-lease" />
          <input type="hidden" name="leaseId" value={lease.id} />
          <label className="text-sm">
            <span className="block text-slate-700">{t("moveOut")}</span>
            <input
              type="date"
              name="endDate"
              required
              min={lease.startDate}
              defaultValue={lease.endDate ?? ""}
              className="rounded-md border border-slate-300 px-2 py-1"
            />
          </label>
          <Button variant="secondary" disabled={busy}>
            {t("setMoveOut")}
          </Button>
        </Form>
        {lease.status === "upcoming" && (
          <Form method="post">
            <input type="hidden" name="intent" value="cancel-lease" />
            <input type="hidden" name="leaseId" value={lease.id} />
            <Button variant="danger" disabled={busy}>
              {t("cancel")}
            </Button>
          </Form>
        )}
        {error && (
          <p role="alert" className="w-full text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    </Disclosure>
  );
}

/** A co-renter leaves the lease (their place ends at once; the last renter cannot leave, the landlord ends it). */
export function LeaveLease({ leaseId, error, busy }: { leaseId: string; error?: string; busy: boolean }) {
  const t = useTranslations("leaseEnd");
  return (
    <Form method="post" className="mt-2 flex flex-wrap items-center gap-3">
      <input type="hidden" name="intent" value="leave-lease" />
      <input type="hidden" name="leaseId" value={leaseId} />
      <Button variant="secondary" disabled={busy}>
        {t("leave")}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </Form>
  );
}
