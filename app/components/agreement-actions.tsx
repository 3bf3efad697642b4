import { Form } from "react-router";
import { useTranslations } from "use-intl";
import type { DocumentView } from "../../worker/documents/contract";
import { Button } from "./button";

/** One button posting an `intent` to the page's action. */
function Press(props: {
  intent: string;
  label: string;
  variant: "primary" | "secondary";
  disabled: boolean;
  currency: string;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={props.intent} />
      {/* The send action writes a refused rule's cap (a deposit) in the agreement's currency. */}
      <input type="hidden" name="currency" value={props.currency} />
      <Button variant={props.variant} disabled={props.disabled}>
        {props.label}
      </Button>
    </Form>
  );
}

/**
 * The agreement's editor's buttons (each posts an `intent` to the page's action): generate the PDF (again,
 * or retry after a failure), send it for signature once ready and complete, duplicate a signed one (a renewal).
 */
export function AgreementActions({ doc, busy }: { doc: DocumentView; busy: boolean }) {
  const t = useTranslations("agreementActions.buttons");
  const generate = doc.status === "failed" ? t("retry") : doc.status === "ready" ? t("again") : t("generate");
  const again = doc.status === "ready";
  const currency = doc.templateFields.rent.currency;
  return (
    <div className="flex flex-wrap gap-2">
      {doc.viewer.canEdit && (
        <Press
          currency={currency}
          intent="render"
          label={generate}
          variant={again ? "secondary" : "primary"}
          disabled={busy}
        />
      )}
      {doc.viewer.canEdit && doc.status === "ready" && (
        <Press
          currency={currency}
          intent="send"
          label={t("send")}
          variant="primary"
          disabled={busy || doc.missing.length > 0}
        />
      )}
      {doc.viewer.side === "landlord" && doc.status === "signed" && (
        <Press currency={currency} intent="duplicate" label={t("duplicate")} variant="secondary" disabled={busy} />
      )}
    </div>
  );
}

/** What blocks sending (`missing`: the API's missing fields), as sentences in the page's language. */
export function MissingFields({ missing }: { missing: DocumentView["missing"] }) {
  const t = useTranslations("agreementActions");
  return (
    <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p className="font-medium">{t("beforeSending")}</p>
      <ul className="list-disc ps-5">
        {missing.map((m) => (
          <li key={m.path}>{missingSentence(t, m)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Missing-field paths the API reports (worker/documents/fields.ts `missingFields`), by catalogue key. */
const MISSING = {
  date: "date",
  "landlord.name": "landlordName",
  "landlord.address": "landlordAddress",
  "property.address": "propertyAddress",
  "lease.startDate": "startDate",
  "lease.endDate": "endDate",
  "rent.amount": "rent",
  "deposit.amount": "deposit",
  "guarantor.name": "guarantor",
  "landlord.representative": "landlordRepresentative",
} as const;

/**
 * What blocks sending, in the page's language: known paths by their sentence (renters numbered from 1);
 * any other rule the API adds keeps its own message.
 */
function missingSentence(
  t: ReturnType<typeof useTranslations<"agreementActions">>,
  m: { path: string; message: string },
) {
  const renter = /^renters\.(\d+)\.(name|idNumber)$/.exec(m.path);
  if (renter)
    return t(renter[2] === "name" ? "missing.renterName" : "missing.renterId", { number: Number(renter[1]) + 1 });
  const key = (MISSING as Record<string, (typeof MISSING)[keyof typeof MISSING]>)[m.path];
  return key ? t(`missing.${key}`) : m.message;
}
