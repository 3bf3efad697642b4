import { Form, Link } from "react-router";
import { formatDate, useLocale } from "../lib/locale";
import { Button, linkClass } from "./button";
import { SelectField } from "./field";

export type DocumentSummary = {
  id: string;
  leaseId: string;
  title: string;
  status: string;
  createdAt: string;
  signedAt: string | null;
};
type Lease = {
  id: string;
  startDate: string;
  endDate: string | null;
  status: string;
  renters: { joinedAt: string | null }[];
};

const STATUS_LABEL: Record<string, string> = {
  draft: "Draft",
  rendering: "Rendering…",
  ready: "Ready",
  out_for_signature: "Out for signature",
  signed: "Signed",
  failed: "Failed",
};
const STATUS_TONE: Record<string, string> = {
  signed: "bg-emerald-50 text-emerald-900",
  out_for_signature: "bg-amber-50 text-amber-900",
  failed: "bg-red-50 text-red-800",
};

/** An agreement's status (draft, rendering, ready, out for signature, signed, failed) as a badge. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[status] ?? "bg-slate-100 text-slate-800"}`}
    >
      {STATUS_LABEL[status] ?? status}
    </span>
  );
}

/** The apartment's rental agreements; editors create one from a template for a lease whose renters joined. */
export function DocumentsPanel({
  documents,
  leases = [],
  templates = [],
  canCreate = false,
  busy = false,
  error,
}: {
  documents: DocumentSummary[];
  leases?: Lease[];
  templates?: { name: string; title: string }[];
  canCreate?: boolean;
  busy?: boolean;
  /** Why the last "New agreement" was refused, if it was. */
  error?: string;
}) {
  const locale = useLocale();
  const signable = leases.filter((l) => l.status !== "ended" && l.renters.some((r) => r.joinedAt));
  return (
    <section aria-labelledby="documents-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="documents-title" className="text-lg font-semibold">
        Documents
      </h2>
      {documents.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">No rental agreement yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <Link to={`/documents/${d.id}`} className={linkClass}>
                {d.title}
              </Link>
              <span className="flex items-center gap-2 text-slate-600">
                {d.signedAt ? `signed ${formatDate(d.signedAt, locale)}` : `created ${formatDate(d.createdAt, locale)}`}{" "}
                <StatusBadge status={d.status} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {canCreate &&
        (signable.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">An agreement needs a current lease whose renter has joined.</p>
        ) : (
          <Form method="post" className="mt-3 grid gap-3 sm:grid-cols-3" aria-label="New rental agreement">
            <input type="hidden" name="intent" value="create-document" />
            <SelectField label="Lease" name="leaseId" required>
              {signable.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.startDate} → {l.endDate ?? "open-ended"}
                </option>
              ))}
            </SelectField>
            <SelectField label="Template" name="templateName" required>
              {templates.map((t) => (
                <option key={t.name} value={t.name}>
                  {t.title} ({t.name.includes("-fr-") ? "FR" : "EN"})
                </option>
              ))}
            </SelectField>
            <div className="flex items-end">
              <Button disabled={busy} className="w-full">
                New agreement
              </Button>
            </div>
            {error && (
              <p role="alert" className="text-sm text-red-700 sm:col-span-3">
                {error}
              </p>
            )}
          </Form>
        ))}
    </section>
  );
}
