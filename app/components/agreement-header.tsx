import { Form, Link } from "react-router";
import { useTranslations } from "use-intl";
import type { DocumentView } from "../../worker/documents/contract";
import { FormError } from "./alert";
import { Button, linkClass } from "./button";
import { StatusBadge } from "./status-badge";
import type { Viewer } from "./use-document-live";

/**
 * The agreement page's header: where it belongs, its status and who else has it open (live), the buttons
 * that move it on (generate, send for signature, duplicate for a renewal), and what blocks sending.
 */
export function AgreementHeader({
  doc,
  live,
  viewers,
  busy,
  error,
}: {
  doc: DocumentView;
  live: boolean;
  viewers: Viewer[];
  busy: boolean;
  error?: string;
}) {
  const others = viewers.filter((v) => v.userId !== doc.viewer.userId);
  const t = useTranslations("signing");
  return (
    <>
      <header className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <p className="text-sm text-slate-600">
            <Link
              to={doc.viewer.side === "landlord" ? `/apartments/${doc.apartmentId}` : `/homes/${doc.apartmentId}`}
              className={linkClass}
            >
              {doc.templateFields.property.address}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold break-words">{doc.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <StatusBadge status={doc.status} />
            <span data-testid="live-status">{live ? t("live") : t("connecting")}</span>
            {others.length > 0 && (
              <span data-testid="viewers">
                {t("viewing", {
                  names: others.map((v) => t("viewer", { name: v.name, side: t(`sides.${v.side}`) })).join(", "),
                })}
              </span>
            )}
          </p>
        </div>
        <Buttons doc={doc} busy={busy} />
      </header>
      <FormError message={error} />
      <Notices doc={doc} />
    </>
  );
}

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

function Buttons({ doc, busy }: { doc: DocumentView; busy: boolean }) {
  const t = useTranslations("signing.buttons");
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

const EDITOR = "#agreement-editor";
const MY_DETAILS = "#my-details";

function Notices({ doc }: { doc: DocumentView }) {
  const t = useTranslations("signing");
  const anchor = (href: string) => (chunks: React.ReactNode) => (
    <a href={href} className="underline">
      {chunks}
    </a>
  );
  const toEditor = anchor(EDITOR);
  const toMyDetails = anchor(MY_DETAILS);
  return (
    <>
      {doc.status === "rendering" && (
        <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm">
          {t("rendering")}
        </p>
      )}
      {doc.status === "failed" && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {doc.failureReason ?? t("failed")}{" "}
          {doc.viewer.canEdit
            ? t.rich("failedEditor", { link: toEditor })
            : doc.viewer.side === "renter"
              ? t.rich("failedRenter", { link: toMyDetails })
              : t("failedOther")}
        </p>
      )}
      {doc.viewer.canEdit && doc.missing.length > 0 && (
        <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">{t("beforeSending")}</p>
          <ul className="list-disc ps-5">
            {doc.missing.map((m) => (
              <li key={m.path}>{missingSentence(t, m)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
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
function missingSentence(t: ReturnType<typeof useTranslations<"signing">>, m: { path: string; message: string }) {
  const renter = /^renters\.(\d+)\.(name|idNumber)$/.exec(m.path);
  if (renter)
    return t(renter[2] === "name" ? "missing.renterName" : "missing.renterId", { number: Number(renter[1]) + 1 });
  const key = (MISSING as Record<string, (typeof MISSING)[keyof typeof MISSING]>)[m.path];
  return key ? t(`missing.${key}`) : m.message;
}
