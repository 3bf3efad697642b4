import { Form, useLocation, useNavigation } from "react-router";

/** Shown until the address is confirmed; "Resend link" posts to /verify-email/resend and comes back here. */
export function VerifyEmailBanner({ email }: { email: string }) {
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
          {sent ? (
            <>
              We sent a new confirmation link to <strong>{email}</strong>. Check your inbox.
            </>
          ) : outcome === "rate_limited" ? (
            <>Too many requests for a new link. Try again in a minute.</>
          ) : outcome === "failed" ? (
            <>We could not send a new link just now. Try again in a moment.</>
          ) : (
            <>
              Please confirm your email address, <strong>{email}</strong>, using the link we sent you.
            </>
          )}
        </p>
        <Form method="post" action="/verify-email/resend">
          <input type="hidden" name="next" value={here} />
          <button
            type="submit"
            disabled={sending}
            className="-mx-2 rounded-md px-2 py-1 font-semibold text-amber-950 underline underline-offset-2 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-800 disabled:opacity-60"
          >
            {sending ? "Sending…" : sent ? "Send again" : "Resend link"}
          </button>
        </Form>
      </div>
    </div>
  );
}
