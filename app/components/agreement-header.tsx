import { Form, Link } from "react-router";
import type { DocumentView } from "../../worker/documents/contract";
import { FormError } from "./alert";
import { Button, linkClass } from "./button";
import { StatusBadge } from "./documents-panel";
import type { Viewer } from "./use-room";

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
            <span data-testid="live-status">{live ? "Live" : "Connecting…"}</span>
            {others.length > 0 && (
              <span data-testid="viewers">Viewing now: {others.map((v) => `${v.name} (${v.side})`).join(", ")}</span>
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

function Buttons({ doc, busy }: { doc: DocumentView; busy: boolean }) {
  const press = (intent: string, label: string, variant: "primary" | "secondary", disabled = false) => (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="currency" value={doc.templateFields.rent.currency} />
      <Button variant={variant} disabled={busy || disabled}>
        {label}
      </Button>
    </Form>
  );
  const generate =
    doc.status === "failed" ? "Retry generating" : doc.status === "ready" ? "Generate again" : "Generate PDF";
  return (
    <div className="flex flex-wrap gap-2">
      {doc.viewer.canEdit && press("render", generate, doc.status === "ready" ? "secondary" : "primary")}
      {doc.viewer.canEdit &&
        doc.status === "ready" &&
        press("send", "Send for signature", "primary", doc.missing.length > 0)}
      {doc.viewer.side === "landlord" &&
        doc.status === "signed" &&
        press("duplicate", "Duplicate for renewal", "secondary")}
    </div>
  );
}

function Notices({ doc }: { doc: DocumentView }) {
  return (
    <>
      {doc.status === "rendering" && (
        <p role="status" className="rounded-md bg-slate-100 px-3 py-2 text-sm">
          Rendering the PDF… this page updates by itself.
        </p>
      )}
      {doc.status === "failed" && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {doc.failureReason ?? "The PDF could not be generated."}{" "}
          {doc.viewer.canEdit ? (
            <>
              <a href="#agreement-editor" className="underline">
                Edit the agreement
              </a>
              , save, then use “Retry generating”.
            </>
          ) : doc.viewer.side === "renter" ? (
            <>
              <a href="#my-details" className="underline">
                Edit your details
              </a>{" "}
              if the text is yours; the landlord then generates it again.
            </>
          ) : (
            "Use “Retry generating”."
          )}
        </p>
      )}
      {doc.viewer.canEdit && doc.missing.length > 0 && (
        <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-medium">Before sending for signature:</p>
          <ul className="list-disc ps-5">
            {doc.missing.map((m) => (
              <li key={m.path}>{m.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
