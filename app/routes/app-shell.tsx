import { Outlet, redirect, useLocation } from "react-router";
import { AppHeader, AppTabBar } from "../components/app-header";
import { RouteErrorBoundary } from "../components/route-error";
import { loginUrl, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { useTranslations } from "use-intl";
import { orgCookie, readOrgCookie } from "../lib/cookies.server";
import { safeNext } from "../lib/safe-next";
import { currentSide, isWorkOnly, navigationOf, sidesOf } from "../lib/sides";
import { readSideCookie } from "../lib/sides.server";
import type { Route } from "./+types/app-shell";
import { Suspense } from "react";
import { lazyPart } from "../lib/lazy-part";

// Shown until the address is confirmed: its code loads only for who has not confirmed yet (issue 17 §5).
const { Part: VerifyEmailBanner } = lazyPart("shell.verifyEmail", () =>
  import("../components/verify-email-banner").then((m) => m.VerifyEmailBanner),
);

/** Pages that act inside an org: without a membership they make no sense. */
const ORG_PAGES = /^\/(dashboard|team|settings|properties|apartments|maintenance|work-orders)(\/|$)/;

/**
 * Pages maintenance staff never open (issue 15 §4: no ledgers, balances or renters' data): the dashboard,
 * rent, the portfolio and its apartments, listings and team. They land on their work orders instead.
 */
const NOT_FOR_WORK_ONLY = /^\/(dashboard|rent|team|properties|apartments|manage)(\/|$)/;

/**
 * The signed-in app: who the visitor is (GET /api/me, the shell's one API call) and which org they act
 * in. The org comes from the `rl_org` cookie (the Worker forwards it as X-Org-Id); when it is missing
 * and the visitor has several orgs, or it names an org they left, the first org is chosen by setting the
 * cookie and reloading the same URL. `permissions` are what the user may do in that org. `sides` are the
 * sides the visitor has (landlord, renter: app/lib/sides.ts) and `chosenSide` the one the side switch
 * remembered (`rl_side`); the page decides the side shown.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api, signedIn } = getServer(context);
  if (!signedIn) throw redirect(loginUrl(request));
  const res = await api.me.$get();
  if (!res.ok) return throwApiError(res, request);
  const { user, memberships, permissionsByOrg, renting } = await res.json();
  const url = new URL(request.url);
  const selected = readOrgCookie(request);
  const fromCookie = memberships.find((m) => m.orgId === selected);
  const fallback = memberships.find((m) => !m.isDisabled) ?? memberships[0];
  if (fallback && !fromCookie && (selected || memberships.length > 1)) {
    // The page again, never the `.data` URL of a client navigation's data request (a browser following that
    // redirect would land on a 404: a staff member of two orgs signing in did).
    const page = safeNext(url.pathname + url.search, "/dashboard");
    throw redirect(page, { headers: { "set-cookie": orgCookie(fallback.orgId) } });
  }
  if (memberships.length === 0 && ORG_PAGES.test(url.pathname)) {
    throw redirect(user.accountType === "landlord" ? "/onboarding" : "/homes");
  }
  const org = fromCookie ?? fallback ?? null;
  const permissions = org ? (permissionsByOrg[org.orgId] ?? []) : [];
  // The page's path, also for a client navigation's data request (`/dashboard.data`).
  const path = url.pathname.replace(/\.data$/, "");
  if (isWorkOnly(permissions) && NOT_FOR_WORK_ONLY.test(path)) throw redirect("/work-orders");
  // The staff link of a maintenance email, opened by a maintenance member: the same request as a work order.
  if (isWorkOnly(permissions) && /^\/maintenance(\/|$)/.test(path))
    throw redirect(path.replace(/^\/maintenance/, "/work-orders"));
  const workOnly = isWorkOnly(permissions);
  const sides = sidesOf({ accountType: user.accountType, memberships: memberships.length, renting, workOnly });
  return {
    user,
    memberships,
    org,
    permissions,
    sides,
    chosenSide: readSideCookie(request) ?? null,
  };
}

export default function AppShell({ loaderData }: Route.ComponentProps) {
  const { user, memberships, org, permissions, sides, chosenSide } = loaderData;
  const t = useTranslations("shell");
  // The side follows the page on every navigation (the layout's loader does not rerun for each one).
  const { pathname } = useLocation();
  const side = currentSide(sides, pathname, chosenSide ?? undefined);
  const nav = navigationOf(side, {
    changeSettings: permissions.includes("org.settings"),
    readAudit: permissions.includes("audit.read"),
    moderate: user.isPlatformAdmin,
    manageMaintenance: permissions.includes("maintenance.triage"),
    workOrdersOnly: isWorkOnly(permissions),
  });
  const frame = { side, hasBothSides: sides.length > 1, staffOnly: isWorkOnly(permissions), nav, memberships, org };
  return (
    <div className="flex min-h-full flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-semibold focus:shadow"
      >
        {t("skipToContent")}
      </a>
      <AppHeader {...frame} />
      {user.emailVerified ? null : (
        <Suspense fallback={null}>
          <VerifyEmailBanner email={user.email} />
        </Suspense>
      )}
      {/* Room below for the phone's bottom tab bar (4rem and the safe area), so nothing hides behind it. */}
      <main
        id="main"
        className="mx-auto w-full max-w-6xl min-w-0 flex-1 px-4 wrap-anywhere pt-6 pb-[calc(6rem+env(safe-area-inset-bottom))] sm:px-6 sm:pt-10 md:pb-10"
      >
        <Outlet />
      </main>
      {/* After the page in the DOM: on a phone the keyboard reaches the content before the bottom bar. */}
      <AppTabBar {...frame} />
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
