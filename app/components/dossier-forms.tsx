import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form } from "react-router";
import { minorToInput } from "../../worker/lib/money";
import type { z } from "zod";
import type { profileView } from "../../worker/dossier/contract";
import { formErrorOf } from "../lib/forms";
import { FormError } from "./alert";
import { Button, linkClass } from "./button";
import { SelectField, TextField } from "./field";

/** The dossier page's forms (app/routes/dossier.tsx): profile, guarantors, uploads, document lists. */

const KINDS = [
  ["id_card", "ID card or passport"],
  ["proof_of_income", "Proof of income"],
  ["proof_of_study", "Proof of study"],
  ["rib", "Bank details (RIB)"],
  ["visa", "Visa"],
  ["other", "Other"],
] as const;

type Profile = z.infer<typeof profileView> | null;

/** The renter's details; the budget is typed as money ("850.00") in its currency (EUR). */
export function ProfileForm({
  profile,
  lastResult,
  busy,
}: {
  profile: Profile;
  lastResult?: SubmissionResult<string[]>;
  busy: boolean;
}) {
  const budget = profile?.budgetAmount;
  const [form, fields] = useForm({
    lastResult,
    defaultValue: {
      ...profile,
      budgetAmount: budget == null ? "" : minorToInput(budget, profile?.budgetCurrency ?? "EUR"),
    },
  });
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="profile" />
      <FormError message={formErrorOf(lastResult)} />
      <TextField label="First name" field={fields.firstName} autoComplete="given-name" required maxLength={80} />
      <TextField label="Last name" field={fields.lastName} autoComplete="family-name" required maxLength={80} />
      <TextField label="Phone" field={fields.phone} type="tel" autoComplete="tel" required />
      <TextField label="Birth date" field={fields.birthDate} type="date" autoComplete="bday" required />
      <TextField
        label="Address"
        field={fields.address}
        autoComplete="street-address"
        className="sm:col-span-2"
        required
        maxLength={300}
      />
      <TextField label="Nationality" field={fields.nationality} />
      <TextField label="Education" field={fields.education} />
      <TextField label="Monthly budget (EUR)" field={fields.budgetAmount} inputMode="decimal" />
      <div className="sm:col-span-2">
        <Button disabled={busy}>Save profile</Button>
      </div>
    </Form>
  );
}

/** A new guarantor: name, relationship, optional email (their documents are uploaded afterwards). */
export function GuarantorForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ lastResult, defaultValue: { name: "", relationship: "", email: "" } });
  return (
    <Form
      method="post"
      action="/dossier?intent=guarantor"
      className="mt-4 grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end"
      {...getFormProps(form)}
    >
      <input type="hidden" name="intent" value="guarantor" />
      <div className="sm:col-span-4">
        <FormError message={formErrorOf(lastResult)} />
      </div>
      <TextField label="Guarantor's name" field={fields.name} required maxLength={120} />
      <TextField label="Relationship" field={fields.relationship} placeholder="mother, employer…" required />
      <TextField label="Email (optional)" field={fields.email} type="email" />
      <Button>Add guarantor</Button>
    </Form>
  );
}

/** A document streamed to the API as it is (multipart), for the renter or one of their guarantors. */
export function UploadForm({ guarantorId }: { guarantorId?: string }) {
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      action={`/dossier?intent=upload${guarantorId ? `&guarantor=${guarantorId}` : ""}`}
      className="mt-3 grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
    >
      <SelectField label="Kind" name="kind" defaultValue="id_card" id={guarantorId ? `kind-${guarantorId}` : undefined}>
        {KINDS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="File (PDF, JPEG, PNG or DOCX, up to 100 MB)"
        name="file"
        type="file"
        id={guarantorId ? `file-${guarantorId}` : undefined}
        accept=".pdf,.jpg,.jpeg,.png,.docx"
        required
      />
      <Button>Upload</Button>
    </Form>
  );
}

type Doc = { id: string; kind: string; name: string; url: string; size: number };

/** A dossier's documents with their signed download links and a delete button each. */
export function DocumentList({ documents }: { documents: Doc[] }) {
  if (!documents.length) return <p className="mt-2 text-sm text-slate-600">No documents yet.</p>;
  return (
    <ul className="mt-2 divide-y divide-slate-200">
      {documents.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span className="min-w-0 break-words">
            <span className="font-medium">{KINDS.find(([k]) => k === d.kind)?.[1] ?? d.kind}</span> —{" "}
            <a href={d.url} className={linkClass} target="_blank" rel="noreferrer">
              {d.name}
            </a>
          </span>
          <Form method="post" action="/dossier?intent=delete-document">
            <input type="hidden" name="intent" value="delete-document" />
            <input type="hidden" name="id" value={d.id} />
            <Button variant="secondary">Delete</Button>
          </Form>
        </li>
      ))}
    </ul>
  );
}
