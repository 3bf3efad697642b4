import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, Link } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { DocumentView, ownRenterDetails, signInput } from "../../worker/documents/contract";
import { formErrorOf, succeeded } from "../lib/forms";
import { formatDateTime } from "../../worker/lib/i18n/format";
import { FormError } from "./alert";
import { Button, linkClass } from "./button";
import { TextField } from "./field";
import { SignaturePad } from "./signature-pad";
import { useToast } from "./ui/toast";
import { useFormatLocale } from "../i18n/format-locale";

/**
 * Who signed the agreement and when (in the org's time zone, labelled), and the signed PDF's fingerprint
 * once there is one.
 */
export function SignersCard({ doc }: { doc: DocumentView }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("signing");
  const timeZone = doc.timezone ?? "UTC";
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="signers-title" className="text-lg font-semibold">
        {t("signatures")}
      </h2>
      <ul className="mt-2 space-y-1 text-sm" data-testid="signers">
        {doc.signers.map((s, i) => (
          <li key={`${s.side}-${s.userId ?? i}`} className="flex flex-wrap justify-between gap-2">
            <span>{t("viewer", { name: s.name, side: t(`sides.${s.side}`) })}</span>
            <span className={s.signedAt ? "text-emerald-800" : "text-slate-500"}>
              {s.signedAt
                ? t("signedAt", { date: formatDateTime(s.signedAt, formatLocale, timeZone) })
                : t("notSigned")}
            </span>
          </li>
        ))}
      </ul>
      {doc.signedSha256 && (
        <p className="mt-3 text-xs break-all text-slate-600">
          {t("fingerprint")} <code data-testid="signed-sha256">{doc.signedSha256}</code>
          <Link to="/verify" className={`ms-3 ${linkClass}`}>
            {t("verify")}
          </Link>
        </p>
      )}
      {doc.status === "signed" && !doc.signedSha256 && (
        <p className="mt-3 text-sm text-slate-600">{t("preparingSigned")}</p>
      )}
    </div>
  );
}

/** Each renter's ID and income documents, from their dossier. */
export function AttachmentsCard({ doc }: { doc: DocumentView }) {
  const t = useTranslations("signing");
  const kindOf = (kind: string) =>
    kind === "id_card" || kind === "proof_of_income" ? t(`kinds.${kind}`) : kind.replaceAll("_", " ");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="attachments">
      <h2 className="text-lg font-semibold">{t("attachments")}</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {doc.templateFields.renters.map((r) => {
          const mine = doc.attachments.filter((a) => a.userId === r.userId);
          return (
            <li key={r.userId}>
              <span className="font-medium">{t("attachmentOwner", { name: r.name })}</span>{" "}
              {mine.length === 0
                ? t("noneYet")
                : mine.map((a) => (
                    <span key={a.url} className="me-2 inline-block">
                      <a href={a.url} target="_blank" rel="noreferrer" className={linkClass}>
                        {t("attachment", { kind: kindOf(a.kind), name: a.name })}
                      </a>
                    </span>
                  ))}
            </li>
          );
        })}
      </ul>
      {doc.viewer.side === "renter" && (
        <p className="mt-2 text-sm text-slate-600">
          {t.rich("fromDossier", {
            link: (chunks) => (
              <Link to="/dossier" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
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
  const t = useTranslations("signing.sign");
  return (
    <Form
      method="post"
      className="space-y-3 rounded-lg border border-teal-200 bg-teal-50/40 p-4"
      aria-label={t("label")}
      {...getFormProps(form)}
      noValidate={false}
    >
      <h2 className="text-lg font-semibold">{countersign ? t("countersign") : t("title")}</h2>
      <input type="hidden" name="intent" value="sign" />
      <FormError message={problem} />
      <TextField label={t("name")} field={fields.signedName} required autoComplete="name" maxLength={200} />
      <SignaturePad name={fields.signatureImage.name} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name={fields.consent.name} required className="mt-1" /> {t("consent")}
      </label>
      <Button disabled={busy}>{t("submit")}</Button>
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
  const t = useTranslations("signing.details");
  useToast(lastResult, succeeded(lastResult), t("saved"));
  return (
    <Form
      method="post"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      aria-label={t("title")}
      {...getFormProps(form)}
      noValidate={false}
    >
      <h2 className="text-lg font-semibold sm:col-span-2">{t("title")}</h2>
      <input type="hidden" name="intent" value="my-details" />
      <div className="sm:col-span-2">
        <FormError message={formErrorOf(lastResult)} />
      </div>
      <TextField label={t("name")} field={fields.name} required maxLength={200} />
      <TextField label={t("idNumber")} field={fields.idNumber} maxLength={60} />
      <TextField label={t("phone")} field={fields.phone} maxLength={40} />
      <TextField label={t("address")} field={fields.address} maxLength={300} />
      <div className="sm:col-span-2">
        <Button disabled={busy}>{t("save")}</Button>
      </div>
    </Form>
  );
}
