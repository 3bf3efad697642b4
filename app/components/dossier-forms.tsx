import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { minorToInput } from "../../worker/lib/money-input";
import type { z } from "zod";
import type { profileView } from "../../worker/dossier/contract";
import { formErrorOf } from "../lib/forms";
import { FormError } from "./alert";
import { Button, linkClass } from "./button";
import { SelectField, TextField } from "./field";
import { shrinkInputFiles } from "../lib/photo-upload";
import { DOCUMENT_KINDS, useDocumentKind } from "./document-kind";

/** The dossier page's forms (app/routes/dossier.tsx): profile, guarantors, uploads, document lists. */

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
  const locale = useLocale();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: {
      ...profile,
      budgetAmount: budget == null ? "" : minorToInput(budget, profile?.budgetCurrency ?? "EUR", locale),
    },
  });
  const t = useTranslations("profile.fields");
  const d = useTranslations("dossier");
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="profile" />
      <FormError message={formErrorOf(lastResult)} />
      <TextField label={t("firstName")} field={fields.firstName} autoComplete="given-name" required maxLength={80} />
      <TextField label={t("lastName")} field={fields.lastName} autoComplete="family-name" required maxLength={80} />
      <TextField label={t("phone")} field={fields.phone} type="tel" dir="ltr" autoComplete="tel" required />
      <TextField label={t("birthDate")} field={fields.birthDate} type="date" autoComplete="bday" required />
      <TextField
        label={t("address")}
        field={fields.address}
        autoComplete="street-address"
        className="sm:col-span-2"
        required
        maxLength={300}
      />
      <TextField label={t("nationality")} field={fields.nationality} />
      <TextField label={t("education")} field={fields.education} />
      <TextField label={t("budget", { currency: "EUR" })} field={fields.budgetAmount} inputMode="decimal" />
      <div className="sm:col-span-2">
        <Button disabled={busy}>{d("saveProfile")}</Button>
      </div>
    </Form>
  );
}

/** A new guarantor: name, relationship, optional email (their documents are uploaded afterwards). */
export function GuarantorForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({ lastResult, defaultValue: { name: "", relationship: "", email: "" } });
  const t = useTranslations("dossier.guarantor");
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
      <TextField label={t("name")} field={fields.name} required maxLength={120} />
      <TextField
        label={t("relationship")}
        field={fields.relationship}
        placeholder={t("relationshipPlaceholder")}
        required
      />
      <TextField label={t("email")} field={fields.email} type="email" />
      <Button>{t("submit")}</Button>
    </Form>
  );
}

/** A document streamed to the API as it is (multipart), for the renter or one of their guarantors. */
export function UploadForm({ guarantorId }: { guarantorId?: string }) {
  const t = useTranslations("dossier");
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      action={`/dossier?intent=upload${guarantorId ? `&guarantor=${guarantorId}` : ""}`}
      className="mt-3 grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
    >
      <SelectField
        label={t("upload.kind")}
        name="kind"
        defaultValue="id_card"
        id={guarantorId ? `kind-${guarantorId}` : undefined}
      >
        {DOCUMENT_KINDS.map((value) => (
          <option key={value} value={value}>
            {t(`kinds.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("upload.file")}
        name="file"
        type="file"
        id={guarantorId ? `file-${guarantorId}` : undefined}
        accept=".pdf,.jpg,.jpeg,.png,.docx"
        required
        // A photographed document is made small before it is sent (a PDF or DOCX as it is).
        onChange={(e) => void shrinkInputFiles(e.currentTarget)}
      />
      <Button>{t("upload.submit")}</Button>
    </Form>
  );
}

type Doc = { id: string; kind: string; name: string; url: string; size: number };

/** A dossier's documents with their signed download links and a delete button each. */
export function DocumentList({ documents }: { documents: Doc[] }) {
  const t = useTranslations("dossier");
  const kindName = useDocumentKind();
  if (!documents.length) return <p className="mt-2 text-sm text-slate-600">{t("noDocuments")}</p>;
  return (
    <ul className="mt-2 divide-y divide-slate-200">
      {documents.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span className="min-w-0 break-words">
            <span className="font-medium">{kindName(d.kind)}</span> —{" "}
            <a href={d.url} className={linkClass} target="_blank" rel="noreferrer">
              {d.name}
            </a>
          </span>
          <Form method="post" action="/dossier?intent=delete-document">
            <input type="hidden" name="intent" value="delete-document" />
            <input type="hidden" name="id" value={d.id} />
            <Button variant="secondary">{t("delete")}</Button>
          </Form>
        </li>
      ))}
    </ul>
  );
}
