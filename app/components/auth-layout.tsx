import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { LanguageSwitcher } from "./language-switcher";
import { Logo } from "./logo";

/**
 * The signed-out pages (sign in, sign up, password reset…): one centred card under the brand, with the
 * language switcher beside it (visitors get a language negotiated from Accept-Language and can change it).
 */
export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="flex min-h-full flex-col items-center bg-gradient-to-b from-teal-50 to-slate-50 px-4 py-10 sm:py-16">
      <div className="flex w-full max-w-md flex-wrap items-center justify-between gap-3">
        <Logo />
        <LanguageSwitcher />
      </div>
      <main className="mt-8 w-full max-w-md">
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          {subtitle ? <div className="mt-2 text-sm text-slate-600">{subtitle}</div> : null}
          <div className="mt-6">{children}</div>
        </div>
        {footer ? <div className="mt-6 text-center text-sm text-slate-600">{footer}</div> : null}
      </main>
    </div>
  );
}

/** "or" (in the page's language) between a password form and the Google button. */
export function Divider({ label }: { label?: string }) {
  const t = useTranslations("auth");
  return (
    <div
      className="my-6 flex items-center gap-3 text-xs font-medium tracking-wide text-slate-500 uppercase"
      aria-hidden="true"
    >
      <span className="h-px flex-1 bg-slate-200" />
      {label ?? t("or")}
      <span className="h-px flex-1 bg-slate-200" />
    </div>
  );
}

/**
 * "Continue with Google": starts the OIDC flow for a landlord or renter account (`intent`), coming back to
 * `next` (a path on this site, checked again by the API) afterwards. The text defaults to "Sign in with Google"
 * in the page's language.
 */
export function GoogleLink({
  intent,
  next,
  children,
  className = "flex",
}: {
  intent: "landlord" | "renter";
  next?: string | null;
  children?: ReactNode;
  className?: string;
}) {
  const t = useTranslations("auth.google");
  const query = new URLSearchParams({ intent });
  if (next) query.set("next", next);
  return (
    // A document navigation (not a client-side Link): the API answers with a redirect to Google.
    <a
      href={`/api/auth/google/start?${query.toString()}`}
      className={`${className} w-full items-center justify-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5">
        <path
          fill="#4285F4"
          d="M23.5 12.3c0-.8-.1-1.6-.2-2.3H12v4.4h6.5a5.6 5.6 0 0 1-2.4 3.6v3h3.9c2.2-2.1 3.5-5.1 3.5-8.7z"
        />
        <path
          fill="#34A853"
          d="M12 24c3.2 0 6-1.1 7.9-2.9l-3.9-3c-1.1.7-2.4 1.2-4 1.2-3.1 0-5.7-2.1-6.6-4.9H1.4v3.1A12 12 0 0 0 12 24z"
        />
        <path fill="#FBBC05" d="M5.4 14.4a7.2 7.2 0 0 1 0-4.7V6.6h-4a12 12 0 0 0 0 10.8z" />
        <path
          fill="#EA4335"
          d="M12 4.8c1.7 0 3.3.6 4.5 1.8l3.4-3.4A12 12 0 0 0 1.4 6.6l4 3.1C6.3 6.9 8.9 4.8 12 4.8z"
        />
      </svg>
      {children ?? t("signIn")}
    </a>
  );
}
