import { Suspense } from "react";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { DocumentView } from "../../worker/documents/contract";
import { lazyPart } from "../lib/lazy-part";
import { FormError } from "./alert";
import { linkClass } from "./button";
import { StatusBadge } from "./status-badge";
import { Loading } from "./ui/loading";
import type { Viewer } from "./use-document-live";

// What only the agreement's editor sees (the buttons that generate, send or duplicate it, what blocks sending)
// loads for them only: a renter's phone never downloads it (issue 17 §5).
const load = () => import("./agreement-actions");
const { Part: AgreementActions } = lazyPart("document.actions", () => load().then((m) => m.AgreementActions));
const { Part: MissingFields } = lazyPart("document.missing", () => load().then((m) => m.MissingFields));

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
        {doc.viewer.canEdit || (doc.viewer.side === "landlord" && doc.status === "signed") ? (
          <Suspense fallback={null}>
            <AgreementActions doc={doc} busy={busy} />
          </Suspense>
        ) : null}
      </header>
      <FormError message={error} />
      <Notices doc={doc} />
    </>
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
        <Suspense fallback={<Loading />}>
          <MissingFields missing={doc.missing} />
        </Suspense>
      )}
    </>
  );
}
