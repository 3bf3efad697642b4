import { Icon } from "./ui/icon";
import { usePersonName } from "../i18n/person-name";
import { Form, Link, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { formatMoney } from "../../worker/lib/i18n/format";
import { useIsolate } from "../i18n/bidi";
import { useApplicationStatus } from "./application-status";
import { Button, linkClass } from "./button";
import { useDocumentKind } from "./document-kind";
import { useFormatLocale } from "../i18n/format-locale";

/**
 * One application on the landlord's review page (GET /api/listings/{id}/applications): the decision
 * (accept / reject with a note) at the top while it is pending, then the applicant's income and
 * rent-to-income ratio, each guarantor's, and every document behind its signed link, opened inline.
 */
type Doc = { id: string; name: string; kind: string; contentType: string; url: string };
type Application = {
  id: string;
  status: string;
  renterName: string;
  renterEmail: string;
  message: string | null;
  incomeAmount: number | null;
  rentToIncome: number | null;
  documents: Doc[];
  guarantorDossiers: {
    id: string;
    name: string;
    relationship: string;
    incomeAmount: number | null;
    incomeCurrency: string | null;
    rentToIncome: number | null;
    documents: Doc[];
  }[];
};

export function ReviewCard({
  application: a,
  currency,
  line,
}: {
  application: Application;
  currency: string;
  line: string;
}) {
  const t = useTranslations("review");
  const status = useApplicationStatus();
  const person = usePersonName();
  return (
    <article className="space-y-3" aria-labelledby={`applicant-${a.id}`} data-testid="review-card">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <div className="min-w-0">
          <h2 id={`applicant-${a.id}`} className="font-semibold break-words">
            <bdi>{person(a.renterName)}</bdi>
          </h2>
          <p className="text-sm text-slate-600">{line}</p>
        </div>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-sm">{status(a.status)}</span>
      </header>
      {a.status === "pending" ? <Decision applicationId={a.id} name={a.renterName} /> : null}
      <Income amount={a.incomeAmount} currency={currency} ratio={a.rentToIncome} />
      {a.message ? <p className="text-sm text-slate-700 break-words">{t("message", { message: a.message })}</p> : null}
      <Documents documents={a.documents} />
      {a.guarantorDossiers.map((g) => (
        <section key={g.id} className="rounded-lg border border-slate-200 p-3" aria-label={g.name}>
          <h3 className="text-sm font-medium">{t("guarantor", { name: g.name, relationship: g.relationship })}</h3>
          <Income amount={g.incomeAmount} currency={g.incomeCurrency ?? currency} ratio={g.rentToIncome} />
          <Documents documents={g.documents} />
        </section>
      ))}
      <Link to={`/applications/${a.id}`} className={`${linkClass} text-sm`}>
        {t("open")}
      </Link>
    </article>
  );
}

/** Accept or reject, with a note for the applicant. */
function Decision({ applicationId, name }: { applicationId: string; name: string }) {
  const t = useTranslations("review");
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
  const deciding = (action: string) =>
    navigation.formData?.get("applicationId") === applicationId && navigation.formData.get("action") === action;
  const noteId = `note-${applicationId}`;
  return (
    <Form method="post" className="space-y-2 rounded-lg bg-slate-50 p-3" aria-label={name}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <label htmlFor={noteId} className="block text-sm font-medium text-slate-800">
        {t("note")}
      </label>
      <textarea
        id={noteId}
        name="note"
        maxLength={1000}
        rows={2}
        className="w-full rounded-md border border-slate-300 bg-white p-2 text-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button name="action" value="accept" disabled={busy} pending={deciding("accept")}>
          {t("accept")}
        </Button>
        <Button name="action" value="reject" variant="secondary" disabled={busy} pending={deciding("reject")}>
          {t("reject")}
        </Button>
      </div>
    </Form>
  );
}

function Income({ amount, currency, ratio }: { amount: number | null; currency: string; ratio: number | null }) {
  const t = useTranslations("review");
  const formatLocale = useFormatLocale();
  if (amount === null) return <p className="text-sm text-slate-600">{t("noIncome")}</p>;
  const percent = ratio === null ? null : new Intl.NumberFormat(formatLocale, { style: "percent" }).format(ratio);
  // The usual French rule of thumb: rent and charges above a third of the income (taux d'effort > 33 %).
  const high = ratio !== null && ratio > 1 / 3;
  return (
    <p className="flex flex-wrap gap-x-3 text-sm text-slate-800" data-testid="income">
      <span>{t("income", { amount: formatMoney(amount, currency, formatLocale) })}</span>
      {percent ? (
        <span className={high ? "font-medium text-amber-900" : "text-emerald-800"}>
          {t("ratio", { percent })}
          {high ? ` (${t("ratioHigh")})` : ""}
        </span>
      ) : null}
    </p>
  );
}

function Documents({ documents }: { documents: Doc[] }) {
  const t = useTranslations("review");
  const kindName = useDocumentKind();
  const bidi = useIsolate();
  if (!documents.length) return <p className="text-sm text-slate-600">{t("noDocuments")}</p>;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("documents")}>
      {documents.map((d) => (
        <li key={d.id}>
          <a
            href={d.url}
            target="_blank"
            rel="noreferrer"
            className="flex items-center gap-2 rounded-md border border-slate-200 p-1.5 text-sm hover:bg-slate-50"
          >
            {d.contentType.startsWith("image/") ? (
              <img src={d.url} alt="" className="size-10 rounded object-cover" />
            ) : (
              <Icon name="file-text" className="size-5 text-slate-600" />
            )}
            <span className="text-teal-800 underline">{bidi(`${kindName(d.kind)} · ${d.name}`)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
