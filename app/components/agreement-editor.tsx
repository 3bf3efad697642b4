import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { z } from "zod";
import type { DocumentView } from "../../worker/documents/contract";
import { agreementKind, isFurnishedTemplate, MAX_CLAUSE_LENGTH, MAX_CLAUSES } from "../../worker/documents/vocabulary";
import { formatMoney } from "../../worker/lib/i18n/format";
import { isLocale } from "../../worker/lib/i18n/locales";
import { minorToInput } from "../../worker/lib/money-input";
import type { agreementForm } from "../lib/agreement-form.server";
import { formErrorOf, succeeded } from "../lib/forms";
import {
  GuarantorFieldset,
  LandlordFieldset,
  MoneyFieldset,
  PropertyFieldset,
  RenterFieldset,
} from "./agreement-fieldsets";
import { AgreementLawFieldset, agreementLawNow } from "./agreement-law-fields";
import { FormError } from "./alert";
import { Button } from "./button";
import { TextAreaField } from "./field";
import { LawViolations } from "./lease-law";
import { useToast } from "./ui/toast";
import { useFormatLocale } from "../i18n/format-locale";

type Fields = DocumentView["templateFields"];
type Values = z.input<ReturnType<typeof agreementForm>>;

/**
 * What the form shows first: the stored fields, amounts as money in the agreement's currency typed the viewer's way ("850,00" in French), clauses one per
 * line; the French-law choices as the rules read them when absent (the template's kind, an individual
 * landlord, provisions, no annexes: agreements drafted before migration 0021).
 */
function editorValues(fields: Fields, templateName: string, locale: string) {
  const money = (minor: number) => minorToInput(minor, fields.rent.currency, locale);
  return {
    ...fields,
    landlord: { ...fields.landlord, kind: fields.landlord.kind ?? "individual" },
    lease: { ...fields.lease, kind: agreementKind(fields, isFurnishedTemplate(templateName)) },
    rent: {
      ...fields.rent,
      amount: money(fields.rent.amount),
      charges: money(fields.rent.charges),
      chargesMode: fields.rent.chargesMode ?? "provision",
    },
    deposit: { ...fields.deposit, amount: money(fields.deposit.amount) },
    annexes: fields.annexes ?? [],
    freeClauses: fields.freeClauses.join("\n"),
  };
}

/**
 * The landlord's agreement editor (app/lib/agreement-form.server.ts reads it back): parties, property and
 * term, the French-law terms with each broken rule explained as it is typed (a dwelling in France), money,
 * guarantor and special clauses. Locked (read-only, no Save) once it may no longer change.
 */
export function AgreementEditor({
  doc,
  busy,
  lastResult,
}: {
  doc: DocumentView;
  busy: boolean;
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useTranslations("agreement");
  useToast(lastResult, succeeded(lastResult), t("saved"));
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : "fr";
  const formatLocale = useFormatLocale();
  const stored = doc.templateFields;
  const locked = !doc.viewer.canEdit;
  const [form, f] = useForm<Values>({ lastResult, defaultValue: editorValues(stored, doc.templateName, locale) });
  const law = agreementLawNow(doc, f, locked);
  return (
    <Form
      method="post"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("formLabel")}
      {...getFormProps(form)}
    >
      <input type="hidden" name="intent" value="save" />
      <input type="hidden" name="rent.currency" value={stored.rent.currency} />
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <FormError message={formErrorOf(lastResult)} />
      <LandlordFieldset
        date={f.date}
        landlord={f.landlord.getFieldset()}
        company={(stored.landlord.entity ?? stored.landlord.kind) === "company"}
        locked={locked}
      />
      {f.renters.getFieldList().map((renter, i) => (
        <RenterFieldset key={stored.renters[i]?.userId ?? i} index={i} renter={renter.getFieldset()} locked={locked} />
      ))}
      <PropertyFieldset property={f.property.getFieldset()} lease={f.lease.getFieldset()} locked={locked} />
      <AgreementLawFieldset doc={doc} f={f} kind={law.kind} locked={locked} />
      <MoneyFieldset
        currency={stored.rent.currency}
        rent={f.rent.getFieldset()}
        utilities={f.utilities.getFieldset()}
        deposit={f.deposit.getFieldset()}
        locked={locked}
      />
      {/* Each rule the terms break, before sending: next to the amounts, above Save. */}
      <LawViolations country={doc.country} violations={law.violations} currency={stored.rent.currency} />
      <GuarantorFieldset guarantor={f.guarantor.getFieldset()} locked={locked} />
      <TextAreaField
        label={t("clauses")}
        hint={t("clausesHint", { max: MAX_CLAUSES, length: MAX_CLAUSE_LENGTH })}
        field={f.freeClauses}
        rows={4}
        readOnly={locked}
        maxLength={MAX_CLAUSES * (MAX_CLAUSE_LENGTH + 1)}
      />
      {locked ? (
        <p className="text-sm text-slate-600">
          {t("lockedRent", { rent: formatMoney(stored.rent.amount, stored.rent.currency, formatLocale) })}{" "}
          {doc.status === "signed" ? t("lockedSigned") : t("lockedSent")}
        </p>
      ) : (
        <div>
          <Button disabled={busy}>{t("save")}</Button>
        </div>
      )}
    </Form>
  );
}
