import { Form, Link, redirect } from "react-router";
import { z } from "zod";
import { Alert } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { Conversation } from "../components/conversation";
import { Card } from "../components/page";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { applicationViewer, noteInput } from "../../worker/applications/contract";
import { getServer } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { parseSubmission } from "../lib/forms.server";
import { formatDateTime, useLocale } from "../lib/locale";
import { useShell } from "../lib/shell";
import type { Route } from "./+types/application";

export const meta: Route.MetaFunction = () => [{ title: "Application — Rentline" }];

export const STATUS_LABELS: Record<string, string> = {
  pending: "Pending",
  withdrawn: "Withdrawn",
  rejected: "Rejected",
  accepted_pending_payment: "Accepted — waiting for the first payment",
  confirmed: "Confirmed",
};
const ACTION_LABELS: Record<string, string> = {
  withdraw: "Withdraw my application",
  reject: "Reject",
  accept: "Accept",
  confirm: "Mark first payment received",
};

/** One application, for the applicant or the landlord: dossier, history, and the actions their side may take. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const res = await getServer(context).api.applications[":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  return res.json();
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
  if (submission.status !== "success") return { result: submission.reply({ formErrors: ["Unknown action"] }) };
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
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <p className="text-sm text-slate-600">
          {viewer.side === "landlord" ? "Application from" : "My application for"}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          {viewer.side === "landlord" ? a.renterName : a.listingTitle}
        </h1>
        <p className="mt-1 font-medium text-slate-800" data-testid="application-status">
          {STATUS_LABELS[a.status]}
        </p>
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {viewer.actions.length ? <Decide actions={viewer.actions} /> : null}
      {a.status === "confirmed" && viewer.side === "renter" ? (
        <Alert tone="success">
          Your place is confirmed.{" "}
          <Link to={`/homes/${a.apartmentId}`} className={linkClass}>
            Open my home
          </Link>
        </Alert>
      ) : null}
      <Request data={loaderData} />
      <Dossier data={loaderData} />
      {viewer.canPayOnline && (
        <Form method="post" className="rounded-lg border border-teal-200 bg-teal-50/40 p-4">
          <input type="hidden" name="intent" value="pay" />
          <input type="hidden" name="idempotencyKey" value={`application-${a.id}-${a.updatedAt}`} />
          <p className="text-sm">Accepted: pay the first month online to confirm your place.</p>
          <Button className="mt-2">Pay the first month online</Button>
        </Form>
      )}
      {viewer.canChat && <Conversation applicationId={a.id} viewerId={user.id} />}
      <History history={loaderData.history} />
    </div>
  );
}

function Decide({ actions }: { actions: ApplicationData["viewer"]["actions"] }) {
  return (
    <Card title="Decide">
      <Form method="post" className="space-y-3">
        <label className="block text-sm font-medium text-slate-800" htmlFor="note">
          Note for the other side (optional)
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
              {ACTION_LABELS[action]}
            </Button>
          ))}
        </div>
      </Form>
    </Card>
  );
}

function Request({ data: { application: a, room } }: { data: ApplicationData }) {
  const p = a.profile;
  return (
    <Card title="Request">
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">Room</dt>
          <dd>{room.name}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Move-in</dt>
          <dd>
            {a.moveInDate}, {a.durationMonths} months
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Applicant</dt>
          <dd>
            {p.firstName} {p.lastName} · {p.phone}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Nationality · education</dt>
          <dd>
            {p.nationality ?? "—"} · {p.education ?? "—"}
          </dd>
        </div>
      </dl>
      {a.message ? <p className="mt-3 rounded-md bg-slate-50 p-3 text-sm text-slate-800">{a.message}</p> : null}
    </Card>
  );
}

function Dossier({ data: { documents, guarantors } }: { data: ApplicationData }) {
  return (
    <Card title="Dossier">
      <DocumentLinks documents={documents} />
      {guarantors.map((g) => (
        <div key={g.id} className="mt-3">
          <h3 className="text-sm font-medium">
            Guarantor: {g.name} ({g.relationship})
          </h3>
          <DocumentLinks documents={g.documents} />
        </div>
      ))}
    </Card>
  );
}

function DocumentLinks({ documents }: { documents: ApplicationData["documents"] }) {
  return (
    <ul className="space-y-1 text-sm">
      {documents.map((d) => (
        <li key={d.id}>
          {d.kind.replaceAll("_", " ")}:{" "}
          <a href={d.url} target="_blank" rel="noreferrer" className={linkClass}>
            {d.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

function History({ history }: { history: ApplicationData["history"] }) {
  const locale = useLocale();
  return (
    <Card title="History">
      <ol className="space-y-1 text-sm text-slate-700">
        {history.map((h) => (
          <li key={h.id}>
            <time dateTime={h.at}>{formatDateTime(h.at, locale)}</time> — {STATUS_LABELS[h.toStatus]} by {h.actorName}
            {h.note ? ` — "${h.note}"` : ""}
          </li>
        ))}
      </ol>
    </Card>
  );
}
