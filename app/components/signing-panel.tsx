import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { z } from "zod";
import type { DocumentView, ownRenterDetails, signInput } from "../../worker/documents/contract";
import { formErrorOf, succeeded } from "../lib/forms";
import { formatDateTime, useLocale } from "../lib/locale";
import { FormError } from "./alert";
import { Button, linkClass } from "./button";
import { TextField } from "./field";
import { SignaturePad } from "./signature-pad";

/** Who signed the agreement and when, and the signed PDF's fingerprint once there is one. */
export function SignersCard({ doc }: { doc: DocumentView }) {
  const locale = useLocale();
  return (
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
              {s.signedAt ? `Signed ${formatDateTime(s.signedAt, locale)}` : "Not signed yet"}
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
  );
}

/** Each renter's ID and income documents, from their dossier. */
export function AttachmentsCard({ doc }: { doc: DocumentView }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="attachments">
      <h2 className="text-lg font-semibold">Renters' ID and income documents</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {doc.templateFields.renters.map((r) => {
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
  );
}

/** Typed name, drawn signature and consent; a landlord countersigns after the renters. */
export function SignForm({
  busy,
  defaultName,
  countersign,
  lastResult,
}: {
  busy: boolean;
  defaultName: string;
  countersign: boolean;
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useForm<z.input<typeof signInput>>({ lastResult, defaultValue: { signedName: defaultName } });
  const problem = fields.signatureImage.errors?.[0] ?? fields.consent.errors?.[0] ?? formErrorOf(lastResult);
  return (
    <Form
      method="post"
      className="space-y-3 rounded-lg border border-teal-200 bg-teal-50/40 p-4"
      aria-label="Sign the agreement"
      {...getFormProps(form)}
      noValidate={false}
    >
      <h2 className="text-lg font-semibold">{countersign ? "Countersign" : "Sign the agreement"}</h2>
      <input type="hidden" name="intent" value="sign" />
      <FormError message={problem} />
      <TextField label="Type your full name" field={fields.signedName} required autoComplete="name" maxLength={200} />
      <SignaturePad name={fields.signatureImage.name} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name={fields.consent.name} required className="mt-1" /> I have read the agreement and I
        agree to sign it electronically; my typed name and drawn signature have the same value as a handwritten
        signature.
      </label>
      <Button disabled={busy}>Sign</Button>
    </Form>
  );
}

/** A renter completes their own entry (name, ID number, phone, address) while the agreement is a draft. */
export function MyDetailsForm({
  details,
  busy,
  lastResult,
}: {
  details: { name: string; idNumber: string; phone: string; address: string };
  busy: boolean;
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useForm<z.input<typeof ownRenterDetails>>({ lastResult, defaultValue: details });
  return (
    <Form
      method="post"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      aria-label="My details"
      {...getFormProps(form)}
      noValidate={false}
    >
      <h2 className="text-lg font-semibold sm:col-span-2">My details</h2>
      <input type="hidden" name="intent" value="my-details" />
      <div className="sm:col-span-2">
        <FormError message={formErrorOf(lastResult)} />
      </div>
      <TextField label="Full name" field={fields.name} required maxLength={200} />
      <TextField label="ID number" field={fields.idNumber} maxLength={60} />
      <TextField label="Phone" field={fields.phone} maxLength={40} />
      <TextField label="Address" field={fields.address} maxLength={300} />
      <div className="sm:col-span-2">
        <Button disabled={busy}>Save my details</Button>
        {succeeded(lastResult) && (
          <span role="status" className="ms-3 text-sm text-emerald-800">
            Saved.
          </span>
        )}
      </div>
    </Form>
  );
}
