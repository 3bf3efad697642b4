import { Outlet, redirect } from "react-router";
import { AppHeader } from "../components/app-header";
import { RouteErrorBoundary } from "../components/route-error";
import { VerifyEmailBanner } from "../components/verify-email-banner";
import { loginUrl, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { useTranslations } from "use-intl";
import { orgCookie, readOrgCookie } from "../lib/cookies.server";
import type { Route } from "./+types/app-shell";

/** Pages that act inside an org: without a membership they make no sense. */
const ORG_PAGES = /^\/(dashboard|team|properties|apartments)(\/|$)/;

/**
 * The signed-in app: who the visitor is (GET /api/me, the shell's one API call) and which org they act
 * in. The org comes from the `rl_org` cookie (the Worker forwards it as X-Org-Id); when it is missing
 * and the visitor has several orgs, or it names an org they left, the first org is chosen by setting the
 * cookie and reloading the same URL. `permissions` are what the user may do in that org.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api, signedIn } = getServer(context);
  if (!signedIn) throw redirect(loginUrl(request));
  const res = await api.me.$get();
  if (!res.ok) return throwApiError(res, request);
  const { user, memberships, permissionsByOrg } = await res.json();
  const url = new URL(request.url);
  const selected = readOrgCookie(request);
  const fromCookie = memberships.find((m) => m.orgId === selected);
  const fallback = memberships.find((m) => !m.isDisabled) ?? memberships[0];
  if (fallback && !fromCookie && (selected || memberships.length > 1)) {
    throw redirect(url.pathname + url.search, { headers: { "set-cookie": orgCookie(fallback.orgId) } });
  }
  if (memberships.length === 0 && ORG_PAGES.test(url.pathname)) {
    throw redirect(user.accountType === "landlord" ? "/onboarding" : "/homes");
  }
  const org = fromCookie ?? fallback ?? null;
  return { user, memberships, org, permissions: org ? (permissionsByOrg[org.orgId] ?? []) : [] };
}

export default function AppShell({ loaderData }: Route.ComponentProps) {
  const { user, memberships, org } = loaderData;
  const t = useTranslations("shell");
  return (
    <div className="flex min-h-full flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-semibold focus:shadow"
      >
        {t("skipToContent")}
      </a>
      <AppHeader user={user} memberships={memberships} org={org} />
      {user.emailVerified ? null : <VerifyEmailBanner email={user.email} />}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
        <Outlet />
      </main>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <main className="px-4">
      <RouteErrorBoundary />
    </main>
  );
}
