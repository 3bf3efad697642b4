import { Suspense } from "react";
import { useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { linkClass } from "../components/button";
import { AgreementHeader } from "../components/agreement-header";
import { AttachmentsCard, MyDetailsForm, SignersCard, SignForm } from "../components/signing-panel";
import { useDocumentLive } from "../components/use-document-live";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { handleDocumentAction } from "../lib/document-actions.server";
import { translate } from "../i18n/translate.server";
import { formErrorOf, resultFor, succeeded } from "../lib/forms";
import type { Route } from "./+types/document";
import { useToast } from "../components/ui/toast";
import { Loading } from "../components/ui/loading";
import { lazyPart } from "../lib/lazy-part";

// The landlord's editor (its fields, the lease-law checks, their words) loads only for the landlord: a renter's
// phone never downloads it (issue 17 §5). Server-rendered for the landlord, it holds hydration until it is there.
const { Part: AgreementEditor } = lazyPart("document.editor", () =>
  import("../components/agreement-editor").then((m) => m.AgreementEditor),
);

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.pageTitle }];

/** A rental agreement for either side (GET /api/documents/{id}): its fields, signers, PDF and what the viewer may do. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  // When this read started (ms): the live socket reloads if the room announced a change since (use-live-socket.ts).
  const readAt = Date.now();
  const res = await getServer(context).api.documents[":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const doc = await res.json();
  return { ...doc, readAt, pageTitle: translate(request, "shell")("pageTitle", { title: doc.title }) };
}

/** Intents: `save`, `my-details`, `render`, `send`, `sign`, `duplicate` (app/lib/document-actions.server.ts). */
export async function action({ context, params, request }: Route.ActionArgs) {
  return handleDocumentAction(getServer(context).api, params.id, await request.formData(), request);
}

/**
 * The agreement page: header (status, live viewers, generate / send / duplicate), signatures and documents,
 * the sign form when it is the viewer's turn, the renter's own details while editable, the landlord's editor,
 * and the PDF preview. Live: it reloads when the agreement changes.
 */
export default function DocumentPage({ loaderData: doc, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state !== "idle";
  const { viewers, live } = useDocumentLive(doc.apartmentId, doc.id, doc.readAt);
  const me = doc.templateFields.renters.find((r) => r.userId === doc.viewer.userId);
  const renterEditable = doc.viewer.side === "renter" && ["draft", "ready", "failed"].includes(doc.status);
  const buttonError = ["render", "send", "duplicate"].map((i) => formErrorOf(resultFor(actionData, i))).find(Boolean);
  const signed = resultFor(actionData, "sign");
  const t = useTranslations("signing");
  useToast(signed, succeeded(signed), t("sign.recorded"));
  return (
    <div className="space-y-6">
      <AgreementHeader doc={doc} live={live} viewers={viewers} busy={busy} error={buttonError} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="signers-title" className="space-y-4">
          <SignersCard doc={doc} />
          <AttachmentsCard doc={doc} />
          {doc.viewer.canSign && (
            <SignForm
              busy={busy}
              defaultName={doc.viewer.side === "renter" ? (me?.name ?? "") : ""}
              countersign={doc.viewer.side === "landlord"}
              lastResult={succeeded(signed) ? undefined : signed}
            />
          )}
          {renterEditable && me && (
            <div id="my-details">
              <MyDetailsForm details={me} busy={busy} lastResult={resultFor(actionData, "my-details")} />
            </div>
          )}
          {doc.viewer.side === "landlord" && (
            <div id="agreement-editor">
              <Suspense fallback={<Loading />}>
                <AgreementEditor doc={doc} busy={busy} lastResult={resultFor(actionData, "save")} />
              </Suspense>
            </div>
          )}
        </section>
        <Preview doc={doc} />
      </div>
    </div>
  );
}

function Preview({ doc }: { doc: Route.ComponentProps["loaderData"] }) {
  const t = useTranslations("signing");
  return (
    <section aria-labelledby="preview-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="preview-title" className="text-lg font-semibold">
          {t("preview")}
        </h2>
        {doc.pdfUrl && (
          <a href={doc.pdfUrl} className={linkClass} target="_blank" rel="noreferrer" data-testid="pdf-link">
            {doc.signedSha256 ? t("openSignedPdf") : t("openPdf")}
          </a>
        )}
      </div>
      {doc.pdfUrl ? (
        <iframe
          title={t("previewFrame")}
          src={doc.pdfUrl}
          className="mt-3 h-[70vh] w-full rounded border border-slate-200"
        />
      ) : (
        <p className="mt-2 text-sm text-slate-600">
          {doc.status === "rendering" ? t("renderingShort") : t("generateToPreview")}
        </p>
      )}
    </section>
  );
}
