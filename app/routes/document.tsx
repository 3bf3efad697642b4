import { data, Form, Link, redirect, useActionData, useNavigation } from "react-router";
import { FormError } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { StatusBadge } from "../components/documents-panel";
import { SignaturePad } from "../components/signature-pad";
import { TextField } from "../components/field";
import { useDocumentLive } from "../components/use-document-live";
import { agreementPatchFromForm, fieldPathOf } from "../lib/agreement-form";
import { getServer } from "../lib/context.server";
import { formatMoney } from "../../worker/lib/money";
import type { Route } from "./+types/document";

export function meta({ loaderData: doc }: Route.MetaArgs) {
  return [{ title: doc ? `${doc.title} — Rentline` : "Agreement — Rentline" }];
}

export async function loader({ context, params }: Route.LoaderArgs) {
  const res = await getServer(context).api.documents[":id"].$get({ param: { id: params.id } });
  if ((res.status as number) === 404) throw data("This document does not exist, or is not yours.", { status: 404 });
  if (!res.ok)
    throw data(((await res.json()) as { detail?: string }).detail ?? "Could not load the document", {
      status: res.status,
    });
  return res.json();
}

type Problem = { detail?: string; errors?: { path: string; message: string }[] };
async function failure(res: { status: number; json(): Promise<unknown> }) {
  const problem = (await res.json().catch(() => ({}))) as Problem;
  return data(
    {
      error: problem.detail ?? "Something went wrong",
      fieldErrors: Object.fromEntries((problem.errors ?? []).map((e) => [fieldPathOf(e.path), e.message])),
    },
    { status: res.status },
  );
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  const param = { id: params.id };
  switch (form.get("intent")) {
    case "save": {
      const { patch, errors } = agreementPatchFromForm(form);
      if (Object.keys(errors).length)
        return data({ error: "Check the highlighted fields", fieldErrors: errors }, { status: 400 });
      const res = await api.documents[":id"].$patch({ param, json: { templateFields: patch } });
      return res.ok ? { saved: true } : failure(res);
    }
    case "my-details": {
      const res = await api.documents[":id"]["my-details"].$put({
        param,
        json: {
          name: String(form.get("name") ?? ""),
          idNumber: String(form.get("idNumber") ?? ""),
          phone: String(form.get("phone") ?? ""),
          address: String(form.get("address") ?? ""),
        },
      });
      return res.ok ? { saved: true } : failure(res);
    }
    case "render": {
      const res = await api.documents[":id"].render.$post({ param });
      return res.ok ? { queued: true } : failure(res);
    }
    case "send": {
      const res = await api.documents[":id"].send.$post({ param });
      return res.ok ? { sent: true } : failure(res);
    }
    case "sign": {
      const res = await api.documents[":id"].sign.$post({
        param,
        json: {
          signedName: String(form.get("signedName") ?? ""),
          signatureImage: String(form.get("signatureImage") ?? ""),
          consent: form.get("consent") === "on",
        } as never,
      });
      return res.ok ? { signed: true } : failure(res);
    }
    case "duplicate": {
      const res = await api.documents[":id"].duplicate.$post({ param });
      if (!res.ok) return failure(res);
      return redirect(`/documents/${(await res.json()).document.id}`);
    }
    default:
      return data({ error: "Unknown action" }, { status: 400 });
  }
}

type Fields = {
  date: string;
  landlord: Record<"name" | "idNumber" | "phone" | "email" | "address", string>;
  renters: (Record<"name" | "idNumber" | "phone" | "email" | "address", string> & { userId: string })[];
  property: { address: string; unit: string; roomsCount: number; includedServices: string; equipment: string };
  lease: { periodMonths: number; startDate: string; endDate: string };
  rent: {
    currency: string;
    amount: number;
    charges: number;
    paymentDay: number;
    monthsPaidUpFront: number;
    standingOrderStart: string;
  };
  utilities: { waterLimit: string; electricityLimit: string };
  deposit: { required: boolean; amount: number };
  guarantor: { required: boolean; name: string; idNumber: string; address: string; phone: string };
  freeClauses: string[];
};

const idOf = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]/g, "-")}`;

export default function DocumentPage({ loaderData: doc }: Route.ComponentProps) {
  const result = useActionData<typeof action>() as
    | {
        error?: string;
        fieldErrors?: Record<string, string>;
        saved?: boolean;
        queued?: boolean;
        sent?: boolean;
        signed?: boolean;
      }
    | undefined;
  const busy = useNavigation().state !== "idle";
  const { viewers, live } = useDocumentLive(doc.apartmentId, doc.id);
  const fields = doc.templateFields as unknown as Fields;
  const errors = result?.fieldErrors ?? {};
  const others = viewers.filter((v) => v.userId !== doc.viewer.userId);
  const me = fields.renters.find((r) => r.userId === doc.viewer.userId);
  const renterEditable = doc.viewer.side === "renter" && ["draft", "ready", "failed"].includes(doc.status);
  const money = (minor: number) => (minor / 100).toFixed(2);
  const F = (
    path: string,
    label: string,
    value: string | number,
    extra: { type?: string; className?: string; inputMode?: "decimal" | "numeric" } = {},
  ) => (
    <TextField
      key={path}
      id={idOf(path)}
      label={label}
      name={`f:${path}`}
      defaultValue={String(value)}
      error={errors[path]}
      type={extra.type}
      inputMode={extra.inputMode}
      className={extra.className}
      readOnly={!doc.viewer.canEdit}
    />
  );

  return (
    <main className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
      <header className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <p className="text-sm text-slate-600">
            <Link
              to={doc.viewer.side === "landlord" ? `/apartments/${doc.apartmentId}` : `/homes/${doc.apartmentId}`}
              className={linkClass}
            >
              {fields.property.address}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold break-words">{doc.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <StatusBadge status={doc.status} />
            <span data-testid="live-status">{live ? "Live" : "Connecting…"}</span>
            {others.length > 0 && (
              <span data-testid="viewers">Viewing now: {others.map((v) => `${v.name} (${v.side})`).join(", ")}</span>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {doc.viewer.canEdit && (
            <Form method="post">
              <input type="hidden" name="intent" value="render" />
              <Button variant={doc.status === "ready" ? "secondary" : "primary"} disabled={busy}>
                {doc.status === "failed"
                  ? "Retry generating"
                  : doc.status === "ready"
                    ? "Generate again"
                    : "Generate PDF"}
              </Button>
            </Form>
          )}
          {doc.viewer.canEdit && doc.status === "ready" && (
            <Form method="post">
              <input type="hidden" name="intent" value="send" />
              <Button disabled={busy || doc.missing.length > 0}>Send for signature</Button>
            </Form>
          )}
          {doc.viewer.side === "landlord" && doc.status === "signed" && (
            <Form method="post">
              <input type="hidden" name="intent" value="duplicate" />
              <Button variant="secondary" disabled={busy}>
                Duplicate for renewal
              </Button>
            </Form>
          )}
        </div>
      </header>

      {result?.error && <FormError message={result.error} />}
      {doc.status === "rendering" && (
        <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm">
          Rendering the PDF… this page updates by itself.
        </p>
      )}
      {doc.status === "failed" && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {doc.failureReason ?? "The PDF could not be generated."} Use “Retry generating”.
        </p>
      )}
      {doc.viewer.canEdit && doc.missing.length > 0 && (
        <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">Before sending for signature:</p>
          <ul className="list-disc pl-5">
            {doc.missing.map((m) => (
              <li key={m.path}>{m.message}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="signers-title" className="space-y-4">
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="signers-title" className="text-lg font-semibold">
              Signatures
            </h2>
            <ul className="mt-2 space-y-1 text-sm" data-testid="signers">
              {doc.signers.map((s, i) => (
                <li key={`${s.side}-${s.userId ?? i}`} className="flex flex-wrap justify-between gap-2">
                  <span>
                    {s.name} <span className="text-slate-500">({s.side})</span>
                  </span>
                  <span className={s.signedAt ? "text-emerald-800" : "text-slate-500"}>
                    {s.signedAt ? `Signed ${s.signedAt.replace("T", " ").slice(0, 16)} UTC` : "Not signed yet"}
                  </span>
                </li>
              ))}
            </ul>
            {doc.signedSha256 && (
              <p className="mt-3 text-xs break-all text-slate-600">
                SHA-256 of the signed PDF: <code data-testid="signed-sha256">{doc.signedSha256}</code> ·{" "}
                <Link to="/verify" className={linkClass}>
                  Verify a PDF
                </Link>
              </p>
            )}
            {doc.status === "signed" && !doc.signedSha256 && (
              <p className="mt-3 text-sm text-slate-600">Preparing the signed PDF with its certificate…</p>
            )}
          </div>

          <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="attachments">
            <h2 className="text-lg font-semibold">Renters' ID and income documents</h2>
            <ul className="mt-2 space-y-1 text-sm">
              {fields.renters.map((r) => {
                const mine = doc.attachments.filter((a) => a.userId === r.userId);
                return (
                  <li key={r.userId}>
                    <span className="font-medium">{r.name}:</span>{" "}
                    {mine.length === 0
                      ? "none yet"
                      : mine.map((a, i) => (
                          <span key={a.url}>
                            {i ? ", " : ""}
                            <a href={a.url} target="_blank" rel="noreferrer" className={linkClass}>
                              {a.kind.replaceAll("_", " ")} ({a.name})
                            </a>
                          </span>
                        ))}
                  </li>
                );
              })}
            </ul>
            {doc.viewer.side === "renter" && (
              <p className="mt-2 text-sm text-slate-600">
                They come from your dossier:{" "}
                <Link to="/dossier" className={linkClass}>
                  add or replace your ID card and proof of income
                </Link>
                .
              </p>
            )}
          </div>

          {doc.viewer.canSign && (
            <SignPanel
              busy={busy}
              defaultName={doc.viewer.side === "renter" ? (me?.name ?? "") : ""}
              countersign={doc.viewer.side === "landlord"}
            />
          )}
          {result?.signed && (
            <p role="status" className="text-sm text-emerald-800">
              Your signature is recorded.
            </p>
          )}

          {renterEditable && me && (
            <Form
              method="post"
              className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
              aria-label="My details"
            >
              <h2 className="text-lg font-semibold sm:col-span-2">My details</h2>
              <input type="hidden" name="intent" value="my-details" />
              <TextField label="Full name" name="name" defaultValue={me.name} error={errors.name} required />
              <TextField label="ID number" name="idNumber" defaultValue={me.idNumber} error={errors.idNumber} />
              <TextField label="Phone" name="phone" defaultValue={me.phone} error={errors.phone} />
              <TextField label="Address" name="address" defaultValue={me.address} error={errors.address} />
              <div className="sm:col-span-2">
                <Button disabled={busy}>Save my details</Button>
                {result?.saved && (
                  <span role="status" className="ml-3 text-sm text-emerald-800">
                    Saved.
                  </span>
                )}
              </div>
            </Form>
          )}

          {doc.viewer.side === "landlord" && (
            <Form
              method="post"
              className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
              aria-label="Agreement fields"
            >
              <input type="hidden" name="intent" value="save" />
              <h2 className="text-lg font-semibold">Agreement</h2>
              <fieldset className="grid gap-3 sm:grid-cols-2">
                <legend className="font-medium">Landlord</legend>
                {F("date", "Agreement date", fields.date, { type: "date" })}
                {F("landlord.name", "Landlord name", fields.landlord.name)}
                {F("landlord.idNumber", "Landlord ID number", fields.landlord.idNumber)}
                {F("landlord.phone", "Landlord phone", fields.landlord.phone)}
                {F("landlord.email", "Landlord email", fields.landlord.email, { type: "email" })}
                {F("landlord.address", "Landlord address", fields.landlord.address)}
              </fieldset>
              {fields.renters.map((r, i) => (
                <fieldset key={r.userId} className="grid gap-3 sm:grid-cols-2">
                  <legend className="font-medium">Renter {i + 1}</legend>
                  <input type="hidden" name={`f:renters.${i}.userId`} value={r.userId} />
                  {F(`renters.${i}.name`, "Name", r.name)}
                  {F(`renters.${i}.idNumber`, "ID number", r.idNumber)}
                  {F(`renters.${i}.phone`, "Phone", r.phone)}
                  {F(`renters.${i}.email`, "Email", r.email, { type: "email" })}
                  {F(`renters.${i}.address`, "Address", r.address, { className: "sm:col-span-2" })}
                </fieldset>
              ))}
              <fieldset className="grid gap-3 sm:grid-cols-2">
                <legend className="font-medium">Property and term</legend>
                {F("property.address", "Property address", fields.property.address, { className: "sm:col-span-2" })}
                {F("property.unit", "Unit", fields.property.unit)}
                {F("property.roomsCount", "Rooms", fields.property.roomsCount, { inputMode: "numeric" })}
                {F("property.includedServices", "Included services", fields.property.includedServices)}
                {F("property.equipment", "Equipment", fields.property.equipment)}
                {F("lease.periodMonths", "Period (months)", fields.lease.periodMonths, { inputMode: "numeric" })}
                {F("lease.startDate", "Start date", fields.lease.startDate, { type: "date" })}
                {F("lease.endDate", "End date", fields.lease.endDate, { type: "date" })}
              </fieldset>
              <fieldset className="grid gap-3 sm:grid-cols-2">
                <legend className="font-medium">Money ({fields.rent.currency})</legend>
                {F("rent.amount", "Rent", money(fields.rent.amount), { inputMode: "decimal" })}
                {F("rent.charges", "Charges", money(fields.rent.charges), { inputMode: "decimal" })}
                {F("rent.paymentDay", "Payment day", fields.rent.paymentDay, { inputMode: "numeric" })}
                {F("rent.monthsPaidUpFront", "Months paid up front", fields.rent.monthsPaidUpFront, {
                  inputMode: "numeric",
                })}
                {F("rent.standingOrderStart", "Standing order start", fields.rent.standingOrderStart, { type: "date" })}
                {F("utilities.waterLimit", "Water limit", fields.utilities.waterLimit)}
                {F("utilities.electricityLimit", "Electricity limit", fields.utilities.electricityLimit)}
                <label className="flex items-center gap-2 text-sm">
                  <input type="hidden" name="present:deposit.required" value="1" />
                  <input
                    type="checkbox"
                    name="f:deposit.required"
                    defaultChecked={fields.deposit.required}
                    disabled={!doc.viewer.canEdit}
                  />{" "}
                  Deposit required
                </label>
                {F("deposit.amount", "Deposit", money(fields.deposit.amount), { inputMode: "decimal" })}
              </fieldset>
              <fieldset className="grid gap-3 sm:grid-cols-2">
                <legend className="font-medium">Guarantor</legend>
                <label className="flex items-center gap-2 text-sm sm:col-span-2">
                  <input type="hidden" name="present:guarantor.required" value="1" />
                  <input
                    type="checkbox"
                    name="f:guarantor.required"
                    defaultChecked={fields.guarantor.required}
                    disabled={!doc.viewer.canEdit}
                  />{" "}
                  Guarantor required
                </label>
                {F("guarantor.name", "Guarantor name", fields.guarantor.name)}
                {F("guarantor.idNumber", "Guarantor ID number", fields.guarantor.idNumber)}
                {F("guarantor.address", "Guarantor address", fields.guarantor.address)}
                {F("guarantor.phone", "Guarantor phone", fields.guarantor.phone)}
              </fieldset>
              <div>
                <label htmlFor="f-freeClauses" className="block text-sm font-medium text-slate-800">
                  Special clauses (one per line)
                </label>
                <textarea
                  id="f-freeClauses"
                  name="f:freeClauses"
                  rows={4}
                  defaultValue={fields.freeClauses.join("\n")}
                  readOnly={!doc.viewer.canEdit}
                  className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
                />
              </div>
              {doc.viewer.canEdit ? (
                <div>
                  <Button disabled={busy}>Save</Button>
                  {result?.saved && (
                    <span role="status" className="ml-3 text-sm text-emerald-800">
                      Saved. Generate the PDF again to include the changes.
                    </span>
                  )}
                </div>
              ) : (
                <p className="text-sm text-slate-600">
                  Rent {formatMoney(fields.rent.amount, fields.rent.currency)}.{" "}
                  {doc.status === "signed"
                    ? "A signed agreement cannot change: duplicate it for a renewal."
                    : "Sent for signature: the terms are locked."}
                </p>
              )}
            </Form>
          )}
        </section>

        <section aria-labelledby="preview-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="preview-title" className="text-lg font-semibold">
              Preview
            </h2>
            {doc.pdfUrl && (
              <a href={doc.pdfUrl} className={linkClass} target="_blank" rel="noreferrer" data-testid="pdf-link">
                Open the PDF{doc.signedSha256 ? " (signed)" : ""}
              </a>
            )}
          </div>
          {doc.pdfUrl ? (
            <iframe
              title="Agreement preview"
              src={doc.pdfUrl}
              className="mt-3 h-[70vh] w-full rounded border border-slate-200"
            />
          ) : (
            <p className="mt-2 text-sm text-slate-600">
              {doc.status === "rendering" ? "Rendering…" : "Generate the PDF to preview it here."}
            </p>
          )}
        </section>
      </div>
    </main>
  );
}

function SignPanel({ busy, defaultName, countersign }: { busy: boolean; defaultName: string; countersign: boolean }) {
  return (
    <Form
      method="post"
      className="space-y-3 rounded-lg border border-teal-200 bg-teal-50/40 p-4"
      aria-label="Sign the agreement"
    >
      <h2 className="text-lg font-semibold">{countersign ? "Countersign" : "Sign the agreement"}</h2>
      <input type="hidden" name="intent" value="sign" />
      <TextField
        label="Type your full name"
        name="signedName"
        defaultValue={defaultName}
        required
        autoComplete="name"
      />
      <SignaturePad name="signatureImage" />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="consent" required className="mt-1" /> I have read the agreement and I agree to sign
        it electronically; my typed name and drawn signature have the same value as a handwritten signature.
      </label>
      <Button disabled={busy}>Sign</Button>
    </Form>
  );
}
