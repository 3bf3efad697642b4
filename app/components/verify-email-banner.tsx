import { Form, useLocation, useNavigation } from "react-router";
import { useTranslations } from "use-intl";

/** The address in bold, isolated so a left-to-right address keeps its order inside right-to-left text. */
const strong = (chunks: React.ReactNode) => (
  <strong>
    <bdi>{chunks}</bdi>
  </strong>
);

/** Shown until the address is confirmed; "Resend link" posts to /verify-email/resend and comes back here. */
export function VerifyEmailBanner({ email }: { email: string }) {
  const t = useTranslations("ui.verifyBanner");
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const outcome = params.get("verification");
  const sent = outcome === "sent";
  params.delete("verification");
  const here = pathname + (params.size ? `?${params}` : "");
  const sending = useNavigation().formAction === "/verify-email/resend";
  return (
    <div className="border-b border-amber-200 bg-amber-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 text-sm text-amber-950 sm:px-6">
        <p role="status" className="min-w-0 break-words">
          {sent
            ? t.rich("sent", { email, strong })
            : outcome === "rate_limited"
              ? t("rateLimited")
              : outcome === "failed"
                ? t("failed")
                : t.rich("pending", { email, strong })}
        </p>
        <Form method="post" action="/verify-email/resend">
          <input type="hidden" name="next" value={here} />
          <button
            type="submit"
            disabled={sending}
            className="-mx-2 rounded-md px-2 py-1 font-semibold text-amber-950 underline underline-offset-2 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-800 disabled:opacity-60"
          >
            {sending ? t("sending") : sent ? t("sendAgain") : t("resend")}
          </button>
        </Form>
      </div>
    </div>
  );
}
