import { Suspense, useEffect } from "react";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import { Loading } from "./ui/loading";
import { useDetailsOpen } from "./ui/use-details-open";
import { lazyPart } from "../lib/lazy-part";
import type { action, loader } from "../routes/lease-rent-revision";

// The revision's body (its figures, the confirmation, the clause form and their words, the problem sentences)
// loads when the panel is first opened, alongside the state it shows (issue 17 §5).
const { Part: RevisionBody, preload: loadBody } = lazyPart("rent-revision.body", () =>
  import("./rent-revision-body").then((m) => m.RevisionBody),
);

/**
 * A lease's rent revision by the IRL (loi n° 89-462 art. 17-1) on the lease panel: where it stands, the
 * proposed revised rent with the index values used, its confirmation (`canConfirm`, from the API), the
 * revision clause (landlord side) and the confirmed revisions with their letters. Loaded when opened, through
 * the resource route /leases/:id/rent-revision, so the page's own loader keeps its one API read.
 */
export function RentRevisionPanel({ leaseId, canManage }: { leaseId: string; canManage: boolean }) {
  const t = useTranslations("rentRevisionPanel");
  const { open, ref, onToggle } = useDetailsOpen();
  const load = useFetcher<typeof loader>();
  const write = useFetcher<typeof action>();
  const url = `/leases/${leaseId}/rent-revision`;
  const { load: fetchState } = load;
  useEffect(() => {
    if (open) void fetchState(url);
  }, [open, url, fetchState, write.data]);
  useEffect(() => {
    if (open) void loadBody();
  }, [open]);
  const state = load.data?.state ?? null;
  return (
    <details ref={ref} className="mt-2 rounded border border-slate-200 p-2" onToggle={onToggle}>
      <summary className="cursor-pointer text-sm font-medium">{t("title")}</summary>
      {load.data?.problem ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t("loadFailed")}
        </p>
      ) : !state ? (
        <Loading className="mt-2" />
      ) : (
        <Suspense fallback={<Loading className="mt-2" />}>
          <RevisionBody state={state} leaseId={leaseId} canManage={canManage} write={write} />
        </Suspense>
      )}
    </details>
  );
}
