import { Form, Link, redirect } from "react-router";
import { Alert } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { Card } from "../components/page";
import { actionProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/application";
import { Conversation } from "../components/conversation";
import { useShell } from "../lib/shell";

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

export async function action({ context, request, params }: Route.ActionArgs) {
  const form = await request.formData();
  if (form.get("intent") === "pay") {
    const res = await getServer(context).api.applications[":id"].checkout.$post({
      param: { id: params.id },
      header: { "idempotency-key": String(form.get("idempotencyKey") ?? "") },
    });
    if (!res.ok) return { problem: (await actionProblem(res, request)).detail };
    throw redirect((await res.json()).url);
  }
  const action = String(form.get("action"));
  const note = String(form.get("note") ?? "").trim();
  const routes = getServer(context).api.applications[":id"];
  const call = { withdraw: routes.withdraw, reject: routes.reject, accept: routes.accept, confirm: routes.confirm }[
    action as "withdraw"
  ];
  if (!call) return { problem: "Unknown action" };
  // `headers` merge with the client's own (the caller's token); `init.headers` would replace them.
  const res = await call.$post(
    { param: { id: params.id } },
    note ? { init: { body: JSON.stringify({ note }) }, headers: { "content-type": "application/json" } } : undefined,
  );
  if (!res.ok) return { problem: (await actionProblem(res, request)).detail };
  throw redirect(`/applications/${params.id}`);
}

export default function Application({ loaderData, actionData }: Route.ComponentProps) {
  const { application: a, room, history, documents, guarantors, viewer } = loaderData;
  const { user } = useShell();
  const p = a.profile;
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
      {actionData?.problem ? <Alert tone="error">{actionData.problem}</Alert> : null}
      {viewer.actions.length ? (
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
              {viewer.actions.map((action) => (
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
      ) : null}
      {a.status === "confirmed" && viewer.side === "renter" ? (
        <Alert tone="success">
          Your place is confirmed.{" "}
          <Link to={`/homes/${a.apartmentId}`} className={linkClass}>
            Open my home
          </Link>
        </Alert>
      ) : null}
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
      <Card title="Dossier">
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
        {guarantors.map((g) => (
          <div key={g.id} className="mt-3">
            <h3 className="text-sm font-medium">
              Guarantor: {g.name} ({g.relationship})
            </h3>
            <ul className="space-y-1 text-sm">
              {g.documents.map((d) => (
                <li key={d.id}>
                  {d.kind.replaceAll("_", " ")}:{" "}
                  <a href={d.url} target="_blank" rel="noreferrer" className={linkClass}>
                    {d.name}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Card>
      {viewer.canPayOnline && (
        <Form method="post" className="rounded-lg border border-teal-200 bg-teal-50/40 p-4">
          <input type="hidden" name="intent" value="pay" />
          <input type="hidden" name="idempotencyKey" value={`application-${a.id}-${a.updatedAt}`} />
          <p className="text-sm">Accepted: pay the first month online to confirm your place.</p>
          <Button className="mt-2">Pay the first month online</Button>
        </Form>
      )}
      {viewer.canChat && <Conversation applicationId={a.id} viewerId={user.id} />}
      <Card title="History">
        <ol className="space-y-1 text-sm text-slate-700">
          {history.map((h) => (
            <li key={h.id}>
              <time dateTime={h.at}>
                {new Date(h.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })}
              </time>{" "}
              — {STATUS_LABELS[h.toStatus]} by {h.actorName}
              {h.note ? ` — "${h.note}"` : ""}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
