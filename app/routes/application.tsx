import { Suspense } from "react";
import { Form, Link, redirect } from "react-router";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { Alert } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { Conversation } from "../components/conversation";
import { useApplicationStatus } from "../components/application-status";
import { useDocumentKind } from "../components/document-kind";
import { Card } from "../components/page";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { applicationViewer, noteInput } from "../../worker/applications/contract";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { parseSubmission } from "../lib/forms.server";
import { formatDate, formatDateTime } from "../../worker/lib/i18n/format";
import { APPLICATION_TIME_ZONE } from "../../worker/applications/vocabulary";
import { useShell } from "../lib/shell";
import type { Route } from "./+types/application";
import { translatedMeta } from "../i18n/meta";
import { useIsolate } from "../i18n/bidi";
import { useHistoryWords } from "../components/history-words";
import { useFormatLocale } from "../i18n/format-locale";
import { Loading } from "../components/ui/loading";
import { lazyPart } from "../lib/lazy-part";

// The first payment (what is due, the bank details, the pay-online button, their words) loads only once the
// application is accepted: a renter who applies never downloads it (issue 17 §5).
const { Part: FirstPaymentPart } = lazyPart("application.firstPayment", () =>
  import("../components/first-payment-part").then((m) => m.FirstPaymentPart),
);

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** One application, for the applicant or the landlord: dossier, history, and the actions their side may take. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const res = await getServer(context).api.applications[":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  return { ...(await res.json()), title: pageTitle(request, translate(request, "applications")("detail.pageTitle")) };
}

const payment = z.object({ intent: z.literal("pay"), idempotencyKey: z.string().min(1).max(200) });
const decision = noteInput.extend({ action: applicationViewer.shape.actions.element });

/**
 * `pay`: the applicant pays the first month online (Stripe Checkout, replay-safe through the page's
 * Idempotency-Key); otherwise a decision (`action`) with an optional note for the other side.
 */
export async function action({ context, request, params }: Route.ActionArgs) {
  const routes = getServer(context).api.applications[":id"];
  const param = { id: params.id };
  const form = await request.formData();
  if (form.get("intent") === "pay") {
    const submission = parseSubmission(form, payment);
    const key = submission.status === "success" ? submission.value.idempotencyKey : "";
    const res = await routes.checkout.$post({ param, header: { "idempotency-key": key } });
    if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
    throw redirect((await res.json()).url);
  }
  const submission = parseSubmission(form, decision);
  if (submission.status !== "success")
    return { result: submission.reply({ formErrors: [translate(request, "applications")("detail.unknownAction")] }) };
  const { action, note } = submission.value;
  // `headers` merge with the client's own (the caller's token); `init.headers` would replace them.
  const body = note
    ? { init: { body: JSON.stringify({ note }) }, headers: { "content-type": "application/json" } }
    : {};
  const res = await routes[action].$post({ param }, body);
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  throw redirect(`/applications/${params.id}`);
}

type ApplicationData = Route.ComponentProps["loaderData"];

export default function Application({ loaderData, actionData }: Route.ComponentProps) {
  const { application: a, viewer } = loaderData;
  const { user } = useShell();
  const problem = formErrorOf(actionData?.result);
  const t = useTranslations("applications");
  const status = useApplicationStatus();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <p className="text-sm text-slate-600">{viewer.side === "landlord" ? t("detail.from") : t("detail.mine")}</p>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          {viewer.side === "landlord" ? a.renterName : a.listingTitle}
        </h1>
        <p className="mt-1 font-medium text-slate-800" data-testid="application-status">
          {status(a.status)}
        </p>
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {viewer.actions.length ? <Decide actions={viewer.actions} /> : null}
      {a.status === "confirmed" && viewer.side === "renter" ? (
        <Alert tone="success">
          {t("detail.confirmed")}{" "}
          <Link to={`/homes/${a.apartmentId}`} className={linkClass}>
            {t("openHome")}
          </Link>
        </Alert>
      ) : null}
      {loaderData.firstPayment || viewer.canPayOnline ? (
        <Suspense fallback={<Loading />}>
          <FirstPaymentPart
            payment={loaderData.firstPayment}
            online={viewer.canPayOnline}
            side={viewer.side === "renter" ? "renter" : "landlord"}
            idempotencyKey={`application-${a.id}-${a.updatedAt}`}
          />
        </Suspense>
      ) : null}
      <Request data={loaderData} />
      <Dossier data={loaderData} />
      {viewer.canChat && <Conversation applicationId={a.id} viewerId={user.id} timeZone={APPLICATION_TIME_ZONE} />}
      <History history={loaderData.history} />
    </div>
  );
}

function Decide({ actions }: { actions: ApplicationData["viewer"]["actions"] }) {
  const t = useTranslations("applications");
  return (
    <Card title={t("detail.decide")}>
      <Form method="post" className="space-y-3">
        <label className="block text-sm font-medium text-slate-800" htmlFor="note">
          {t("detail.note")}
        </label>
        <textarea
          id="note"
          name="note"
          maxLength={1000}
          rows={2}
          className="w-full rounded-md border border-slate-300 p-2"
        />
        <div className="flex flex-wrap gap-2">
          {actions.map((action) => (
            <Button
              key={action}
              name="action"
              value={action}
              variant={action === "reject" || action === "withdraw" ? "secondary" : "primary"}
            >
              {t(`actions.${action}`)}
            </Button>
          ))}
        </div>
      </Form>
    </Card>
  );
}

function Request({ data: { application: a, room } }: { data: ApplicationData }) {
  const p = a.profile;
  const t = useTranslations("applications.detail");
  const formatLocale = useFormatLocale();
  return (
    <Card title={t("request")}>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("room")}</dt>
          <dd>{room.name}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("moveIn")}</dt>
          <dd>{t("moveInValue", { date: formatDate(a.moveInDate, formatLocale), months: a.durationMonths })}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("applicant")}</dt>
          <dd>
            {p.firstName} {p.lastName} · <span dir="ltr">{p.phone}</span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("nationalityEducation")}</dt>
          <dd>
            {p.nationality ?? "—"} · {p.education ?? "—"}
          </dd>
        </div>
      </dl>
      {a.message ? <p className="mt-3 rounded-md bg-slate-50 p-3 text-sm text-slate-800">{a.message}</p> : null}
    </Card>
  );
}

function Dossier({ data: { documents, guarantors, viewer } }: { data: ApplicationData }) {
  const t = useTranslations("applications.detail");
  const bidi = useIsolate();
  // An empty dossier says so, and (for the applicant) suggests the next step.
  if (!documents.length && !guarantors.length)
    return (
      <Card title={t("dossier")} testId="dossier-empty">
        <p className="text-sm text-slate-700">
          {viewer.side === "renter" ? t("dossierEmptyRenter") : t("dossierEmpty")}
        </p>
        {viewer.side === "renter" ? (
          <Link to="/dossier" className={`${linkClass} mt-2 inline-block text-sm`}>
            {t("dossierFill")}
          </Link>
        ) : null}
      </Card>
    );
  return (
    <Card title={t("dossier")}>
      <DocumentLinks documents={documents} />
      {guarantors.map((g) => (
        <div key={g.id} className="mt-3">
          <h3 className="text-sm font-medium">
            {t("guarantor", { name: bidi(g.name), relationship: bidi(g.relationship) })}
          </h3>
          <DocumentLinks documents={g.documents} />
        </div>
      ))}
    </Card>
  );
}

function DocumentLinks({ documents }: { documents: ApplicationData["documents"] }) {
  const kindName = useDocumentKind();
  return (
    <ul className="space-y-1 text-sm">
      {documents.map((d) => (
        <li key={d.id}>
          {kindName(d.kind)}:{" "}
          <a href={d.url} target="_blank" rel="noreferrer" className={linkClass}>
            {d.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

function History({ history }: { history: ApplicationData["history"] }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("applications");
  const status = useApplicationStatus();
  const bidi = useIsolate();
  const words = useHistoryWords();
  return (
    <Card title={t("detail.history")}>
      <ol className="space-y-1 text-sm text-slate-700">
        {history.map((h) => {
          const { actor, note } = words(h);
          return (
            <li key={h.id}>
              <time dateTime={h.at}>{formatDateTime(h.at, formatLocale, APPLICATION_TIME_ZONE)}</time> —{" "}
              {note
                ? t("historyNote", { status: status(h.toStatus), actor: bidi(actor), note: bidi(note) })
                : t("historyLine", { status: status(h.toStatus), actor: bidi(actor) })}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
