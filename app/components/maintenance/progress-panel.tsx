import { Suspense, useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import { dateIn, formatDate } from "../../../worker/lib/i18n/format";
import {
  type MaintenanceAction,
  type MaintenanceActorKind,
  REOPEN_WINDOW_DAYS,
} from "../../../worker/maintenance/vocabulary";
import { useFormatLocale } from "../../i18n/format-locale";
import type { FormReply } from "../../lib/forms";
import { lazyPart } from "../../lib/lazy-part";
import { accepted } from "../../lib/maintenance-forms";
import { Button } from "../button";
import { useFocusWhenOpened } from "../ui/disclosure";
import { Loading } from "../ui/loading";
import { ACTION_VARIANT } from "./progress-variant";
import type { RequestRow } from "./types";

// The confirmation with its note loads when a step is chosen, with Conform: not in the page's first JavaScript
// (issue 17 §5). Pointing at a step's button starts loading it.
const progressForm = lazyPart("maintenance.progress-form", () => import("./progress-form").then((m) => m.ProgressForm));
const ProgressForm = progressForm.Part;

/** What the panel last said: the step taken, or that the request moved on under an open confirmation. */
type Outcome =
  | { kind: "done"; action: MaintenanceAction; status: RequestRow["status"] }
  | { kind: "moved"; status: RequestRow["status"] };

/**
 * The lifecycle steps the API says this reader may take now (`actions`, but scheduling: it has its own form):
 * a button each; pressing one opens its confirmation in the buttons' place, with an optional note (the form
 * posts intent `transition` with the `action`), "Back" returns to the buttons. Once taken, says what was done.
 * When the request moves on under an open confirmation (someone else acted: the room's notice reloads the
 * page), the confirmation closes and says so, naming the request's new status; a refusal that arrives first
 * (409) shows in the confirmation until then. A confirmation never reopens by itself. What was said goes once
 * the request changes again. After a resolution, tells the renter until when they may reopen (14 days,
 * `REOPEN_WINDOW_DAYS`); staff may reopen at any time, and the request page tells them until when they cannot
 * close it instead (`closableFrom`).
 */
export function ProgressPanel({
  request,
  viewer,
}: {
  request: RequestRow;
  viewer: { kind: MaintenanceActorKind; actions: MaintenanceAction[] };
}) {
  const t = useTranslations("maintenanceRequest.actions");
  const steps: MaintenanceAction[] = viewer.actions.filter((a) => a !== "schedule");
  // The panel's one fetcher: the confirmation posts with it; choosing a step clears its last reply.
  const fetcher = useFetcher<FormReply>();
  const busy = fetcher.state !== "idle";
  const [chosen, setChosen] = useState<MaintenanceAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Adjusted while rendering (React's "state from the previous render"): the step was taken, or the request
  // moved on while nothing was being sent; what was said goes once the request's status changes again.
  if (chosen && !busy && accepted(fetcher.data?.result)) {
    setOutcome({ kind: "done", action: chosen, status: request.status });
    setChosen(null);
  } else if (chosen && !busy && !steps.includes(chosen)) {
    setOutcome({ kind: "moved", status: request.status });
    setChosen(null);
  } else if (outcome && outcome.status !== request.status) setOutcome(null);
  // "Back" returns the focus to the step's button.
  const [returnTo, setReturnTo] = useState<MaintenanceAction | null>(null);
  const buttons = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (returnTo) buttons.current?.querySelector<HTMLElement>(`[data-action="${returnTo}"]`)?.focus();
  }, [returnTo]);
  const form = useFocusWhenOpened(chosen !== null, false);
  if (steps.length === 0 && !outcome && !chosen) return null;
  return (
    <section
      aria-labelledby="progress-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="progress-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {viewer.kind === "renter" && steps.includes("reopen") ? <ReopenWindow request={request} /> : null}
      {chosen ? (
        <div ref={form} className="mt-3">
          <Suspense fallback={<Loading />}>
            <ProgressForm
              action={chosen}
              fetcher={fetcher}
              onBack={() => {
                setChosen(null);
                setReturnTo(chosen);
              }}
            />
          </Suspense>
        </div>
      ) : steps.length ? (
        <div ref={buttons} className="mt-3 flex flex-wrap gap-2">
          {steps.map((a) => (
            <Button
              key={a}
              type="button"
              variant={ACTION_VARIANT[a]}
              data-action={a}
              onPointerEnter={() => void progressForm.preload()}
              onFocus={() => void progressForm.preload()}
              onClick={() => {
                fetcher.reset();
                setOutcome(null);
                setReturnTo(null);
                setChosen(a);
              }}
              className="min-h-11 grow sm:grow-0"
            >
              {t(a)}
            </Button>
          ))}
        </div>
      ) : null}
      {outcome ? <Said key={JSON.stringify(outcome)} outcome={outcome} /> : null}
    </section>
  );
}

/**
 * What the panel says after a step (focused when it shows: the confirmation's button that had the focus is
 * gone): what was done, or that the request moved on meanwhile and is now in `status`.
 */
function Said({ outcome }: { outcome: Outcome }) {
  const t = useTranslations("maintenanceRequest.actions");
  const ts = useTranslations("maintenanceRequest.status");
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => status.current?.focus(), []);
  const done = outcome.kind === "done";
  return (
    <p
      ref={status}
      tabIndex={-1}
      role="status"
      className={`mt-3 text-sm font-medium outline-none ${done ? "text-emerald-800" : "text-amber-900"}`}
      data-testid={done ? "progress-done" : "progress-moved"}
    >
      {done ? t(`done.${outcome.action}`) : t("movedOn", { status: ts(outcome.status) })}
    </p>
  );
}

/** After a resolution, until when the renter may reopen the request (14 days, `REOPEN_WINDOW_DAYS`). */
function ReopenWindow({ request }: { request: RequestRow }) {
  const t = useTranslations("maintenanceRequest.reopen");
  const formatLocale = useFormatLocale();
  if (!request.resolvedAt) return null;
  const until = new Date(Date.parse(request.resolvedAt) + REOPEN_WINDOW_DAYS * 86_400_000).toISOString();
  return (
    <p className="mt-1 text-sm text-slate-700">
      {t("title")} {t("body", { date: formatDate(dateIn(until, request.timezone) ?? until, formatLocale) })}
    </p>
  );
}
