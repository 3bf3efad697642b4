import { useState } from "react";
import { Form } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import type { Template } from "../../worker/documents/templates";
import { isFurnishedKind, type LeaseKind } from "../../worker/lib/french-lease-law";
import { formatDate } from "../../worker/lib/i18n/format";
import { Button } from "./button";
import { SelectField } from "./field";
import { Disclosure } from "./ui/disclosure";
import { useFormatLocale } from "../i18n/format-locale";

/** A template as the picker names it: what it is, in the reader's language, and the agreement's language. */
type TemplateChoice = Pick<Template, "name" | "kind" | "furnished" | "locale">;
type Lease = {
  id: string;
  startDate: string;
  endDate: string | null;
  status: string;
  kind: LeaseKind;
  renters: { joinedAt: string | null }[];
};

/**
 * The templates that fit a lease (its furniture: a furnished kind takes a furnished template; the API refuses
 * another with 422 `template_mismatch`), the one to preselect first: the standard clauses, in the reader's
 * language when a template speaks it, else French (the law's own model lease).
 */
function templatesFor(templates: TemplateChoice[], kind: LeaseKind, locale: string): TemplateChoice[] {
  const fitting = templates.filter((t) => t.furnished === isFurnishedKind(kind));
  const language = fitting.some((t) => t.locale === locale) ? locale : "fr";
  const rank = (t: TemplateChoice) => (t.kind === "standard" ? 0 : 2) + (t.locale === language ? 0 : 1);
  return [...fitting].sort((a, b) => rank(a) - rank(b));
}

/**
 * A new agreement from a template, for a current lease whose renters joined (else why there can be none),
 * behind "Draft an agreement": open when asked, or by itself while it shows the API's refusal (`error`).
 */
export function NewAgreementForm({
  leases,
  templates,
  busy,
  error,
}: {
  leases: Lease[];
  templates: TemplateChoice[];
  busy: boolean;
  error?: string;
}) {
  const locale = useLocale();
  const formatLocale = useFormatLocale();
  const t = useTranslations("documentsPanel");
  const signable = leases.filter(
    (l) => l.status !== "ended" && l.status !== "cancelled" && l.renters.some((r) => r.joinedAt),
  );
  const [leaseId, setLeaseId] = useState(signable[0]?.id);
  const lease = signable.find((l) => l.id === leaseId) ?? signable[0];
  if (!lease) return <p className="mt-3 text-sm text-slate-600">{t("needsLease")}</p>;
  const choices = templatesFor(templates, lease.kind, locale);
  return (
    <Disclosure summary={t("draftAgreement")} defaultOpen={error !== undefined} className="mt-3" testId="new-agreement">
      <Form method="post" className="grid gap-3 sm:grid-cols-3" aria-label={t("newAgreement")}>
        <input type="hidden" name="intent" value="create-document" />
        <SelectField
          label={t("lease")}
          name="leaseId"
          required
          value={lease.id}
          onChange={(e) => setLeaseId(e.target.value)}
        >
          {signable.map((l) => (
            <option key={l.id} value={l.id}>
              {t("leaseOption", {
                start: formatDate(l.startDate, formatLocale),
                end: l.endDate ? formatDate(l.endDate, formatLocale) : t("openEnded"),
              })}
            </option>
          ))}
        </SelectField>
        {/* Keyed by the lease: choosing another lease preselects its own first template. */}
        <SelectField key={lease.id} label={t("template")} name="templateName" required defaultValue={choices[0]?.name}>
          {choices.map((template) => (
            <option key={template.name} value={template.name}>
              {t("templateOption", {
                title: t("templateTitle", {
                  furnished: template.furnished ? "yes" : "no",
                  earlyExit: template.kind === "early_exit" ? "yes" : "no",
                }),
                language: template.locale === "fr" ? t("templateFr") : t("templateEn"),
              })}
            </option>
          ))}
        </SelectField>
        <div className="flex items-end">
          <Button disabled={busy} className="w-full">
            {t("newAgreement")}
          </Button>
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700 sm:col-span-3">
            {error}
          </p>
        )}
      </Form>
    </Disclosure>
  );
}
