import { Icon } from "./ui/icon";
import { Form, Link, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { meOutput } from "../../worker/auth/contract";
import { isCurrent, type NavItem, type Side, SIDE_HOME } from "../lib/sides";
import { BottomTabBar } from "./bottom-tab-bar";
import { Button } from "./button";
import { DesktopNav, navLinkClass } from "./desktop-nav";
import { LanguageSwitcher } from "./language-switcher";
import { Logo } from "./logo";
import { NAV_ICONS } from "./nav-icons";
import { Suspense } from "react";
import { lazyPart } from "../lib/lazy-part";

// The switches show only to who has both sides or several orgs: their code loads for them only, not on every
// page of everyone else (issue 17 §5).
const { Part: SideSwitch } = lazyPart("shell.sideSwitch", () => import("./side-switch").then((m) => m.SideSwitch));
const { Part: OrgSwitcher } = lazyPart("shell.orgSwitcher", () => import("./org-switcher").then((m) => m.OrgSwitcher));

type Me = z.infer<typeof meOutput>;
type Membership = Me["memberships"][number];

/** What the shell shows of the viewer: their side's destinations, the sides they have, their orgs. */
export type HeaderProps = {
  side: Side;
  /** Both sides: the switch shows. */
  hasBothSides: boolean;
  /** Maintenance staff only: the landlord side is named the team's (./side-switch.tsx). */
  staffOnly?: boolean;
  nav: { primary: NavItem[]; more: NavItem[] };
  memberships: Membership[];
  org: Membership | null;
};

/**
 * The signed-in frame's navigation. From `md` up, a top bar: brand, every destination of the current side
 * (`aria-current="page"` on the current one), the side switch for who has both, language, org, sign out —
 * from `lg` up on one line in every language (the main destinations and "More": ./desktop-nav.tsx), on
 * tablets with the destinations on a row of their own.
 * On phones the top bar keeps the brand and the language, and the destinations move to the bottom tab bar
 * (`AppTabBar`, 4 + "More"); the side switch, the org and sign out are in the More sheet.
 */
export function AppHeader({ side, hasBothSides, staffOnly, nav, memberships, org }: HeaderProps) {
  const t = useTranslations("shell");
  const tNav = useTranslations("navigation");
  const { pathname } = useLocation();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6 lg:flex-nowrap lg:gap-x-3">
        <div className="shrink-0">
          <Logo to={SIDE_HOME[side]} />
        </div>
        <DesktopNav label={t("mainNavigation")} primary={nav.primary} more={nav.more} />
        <nav
          aria-label={t("mainNavigation")}
          className="order-last -mx-3 hidden w-full gap-1 overflow-x-auto md:flex lg:hidden"
        >
          {[...nav.primary, ...nav.more].map((item) => {
            const current = isCurrent(item, pathname);
            return (
              <Link
                key={item.to}
                to={item.to}
                aria-current={current ? "page" : undefined}
                className={navLinkClass(current)}
              >
                <Icon name={NAV_ICONS[item.key]} className="size-4 shrink-0" />
                {tNav(`items.${item.key}`)}
              </Link>
            );
          })}
        </nav>
        <div className="ms-auto flex min-w-0 shrink-0 items-center gap-2">
          {hasBothSides ? (
            <div className="hidden md:block">
              <Suspense fallback={null}>
                <SideSwitch side={side} staffOnly={staffOnly} compact />
              </Suspense>
            </div>
          ) : null}
          <LanguageSwitcher />
          <div className="hidden min-w-0 items-center gap-2 md:flex">
            <OrgControl memberships={memberships} org={org} idSuffix="header" />
            <SignOut />
          </div>
        </div>
      </div>
    </header>
  );
}

/**
 * The phone's bottom tab bar with its More sheet (side switch, org, sign out). The shell renders it after
 * the page's main content, so the keyboard reaches the page before the bar (the bar is fixed at the bottom).
 */
export function AppTabBar({ side, hasBothSides, staffOnly, nav, memberships, org }: HeaderProps) {
  const tNav = useTranslations("navigation");
  return (
    <BottomTabBar
      primary={nav.primary}
      more={nav.more}
      sheet={
        <>
          {hasBothSides ? (
            <Suspense fallback={null}>
              <SideSwitch side={side} staffOnly={staffOnly} />
            </Suspense>
          ) : null}
          {org ? (
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-sm text-slate-600">{tNav("org")}</span>
              <OrgControl memberships={memberships} org={org} idSuffix="sheet" />
            </div>
          ) : null}
          <SignOut wide />
        </>
      }
    />
  );
}

/** The current org: a switcher when the viewer has several, else its name. */
function OrgControl({
  memberships,
  org,
  idSuffix,
}: {
  memberships: Membership[];
  org: Membership | null;
  idSuffix: string;
}) {
  if (!org) return null;
  if (memberships.length > 1)
    return (
      <Suspense fallback={null}>
        <OrgSwitcher memberships={memberships} current={org.orgId} id={`org-switcher-${idSuffix}`} />
      </Suspense>
    );
  return (
    <p
      className="max-w-[11rem] truncate text-sm font-medium text-slate-700 sm:max-w-xs lg:max-w-[10rem]"
      title={org.orgName}
    >
      {org.orgName}
    </p>
  );
}

function SignOut({ wide = false }: { wide?: boolean }) {
  const t = useTranslations("shell");
  return (
    <Form method="post" action="/logout">
      {wide ? (
        <Button variant="secondary" className="w-full">
          <Icon name="log-out" className="size-4" />
          {t("signOut")}
        </Button>
      ) : (
        // On the bar: the icon alone below `xl` (its name for screen readers and as a tooltip), to keep one line.
        <Button variant="ghost" className="px-3" title={t("signOut")}>
          <Icon name="log-out" className="size-4 xl:hidden" />
          <span className="sr-only xl:not-sr-only">{t("signOut")}</span>
        </Button>
      )}
    </Form>
  );
}
