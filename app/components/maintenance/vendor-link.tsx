import { useState } from "react";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import { Button } from "../button";
import type { RequestRow } from "./types";

/** What the request page's `patch`, `vendor` and `vendorLink` intents answer besides `result`. */
export type VendorLinkReply = { vendorLink?: string | null; reused?: boolean };

/**
 * The assigned vendor's signed page link (30 days), for staff to copy and send by text message or chat: a
 * vendor without an email gets it no other way. `fresh` is the link a save just answered; otherwise the
 * "Show the link" button asks for it again (intent `vendorLink`, which emails nobody).
 */
export function VendorLinkBox({ request, fresh }: { request: RequestRow; fresh: string | null | undefined }) {
  const t = useTranslations("maintenanceStaff.assign");
  const fetcher = useFetcher<VendorLinkReply>();
  const [copied, setCopied] = useState(false);
  if (!request.vendorId) return null;
  const link = fetcher.data?.vendorLink ?? fresh;
  const copy = () => {
    if (!link) return;
    void navigator.clipboard.writeText(link).then(() => setCopied(true));
  };
  return (
    <div className="mt-4 rounded-lg bg-slate-50 p-3" data-testid="vendor-link">
      <h3 className="text-sm font-semibold text-slate-900">{t("linkTitle", { name: request.vendorName ?? "" })}</h3>
      <p className="mt-1 text-sm text-slate-600">{t("linkHint")}</p>
      {link ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <input
            readOnly
            value={link}
            dir="ltr"
            aria-label={t("linkLabel")}
            onFocus={(e) => e.currentTarget.select()}
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800"
          />
          <Button type="button" variant="secondary" onClick={copy}>
            {t("copy")}
          </Button>
          <span role="status" className="text-sm font-medium text-emerald-800">
            {copied ? t("copied") : ""}
          </span>
        </div>
      ) : (
        <fetcher.Form method="post" className="mt-2">
          <input type="hidden" name="intent" value="vendorLink" />
          <input type="hidden" name="vendorId" value={request.vendorId} />
          <Button variant="secondary" disabled={fetcher.state !== "idle"}>
            {t("showLink")}
          </Button>
        </fetcher.Form>
      )}
    </div>
  );
}
