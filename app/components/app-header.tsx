import { Form, NavLink } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { meOutput } from "../../worker/auth/contract";
import { Button } from "./button";
import { LanguageSwitcher } from "./language-switcher";
import { Logo } from "./logo";
import { OrgSwitcher } from "./org-switcher";

type Me = z.infer<typeof meOutput>;
type Membership = Me["memberships"][number];

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 ${
    isActive ? "bg-teal-50 text-teal-900" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
  }`;

/** Top navigation: brand, page links, the org (switcher when there are several), sign out. Wraps on phones. */
export function AppHeader({
  user,
  memberships,
  org,
}: {
  user: Me["user"];
  memberships: Membership[];
  org: Membership | null;
}) {
  const t = useTranslations("shell");
  const staff = memberships.length > 0 || user.accountType === "landlord";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Logo to={staff ? "/dashboard" : "/homes"} />
        <nav
          aria-label={t("mainNavigation")}
          className="order-last -mx-3 flex w-full gap-1 overflow-x-auto md:order-none md:mx-0 md:w-auto"
        >
          {staff ? (
            <>
              <NavLink to="/dashboard" className={linkClass}>
                {t("nav.dashboard")}
              </NavLink>
              <NavLink to="/rent" className={linkClass}>
                {t("nav.rent")}
              </NavLink>
              <NavLink to="/manage/listings" className={linkClass}>
                {t("nav.listings")}
              </NavLink>
              <NavLink to="/team" className={linkClass}>
                {t("nav.team")}
              </NavLink>
            </>
          ) : null}
          <NavLink to="/homes" className={linkClass}>
            {t("nav.homes")}
          </NavLink>
          <NavLink to="/documents" className={linkClass}>
            {t("nav.documents")}
          </NavLink>
          {staff ? null : (
            <>
              <NavLink to="/applications" className={linkClass}>
                {t("nav.applications")}
              </NavLink>
              <NavLink to="/dossier" className={linkClass}>
                {t("nav.dossier")}
              </NavLink>
              <NavLink to="/profile" className={linkClass}>
                {t("nav.profile")}
              </NavLink>
            </>
          )}
          <NavLink to="/account" className={linkClass}>
            {t("nav.account")}
          </NavLink>
        </nav>
        <div className="ms-auto flex min-w-0 items-center gap-2">
          <LanguageSwitcher />
          {memberships.length > 1 && org ? (
            <OrgSwitcher memberships={memberships} current={org.orgId} />
          ) : org ? (
            <p className="max-w-[11rem] truncate text-sm font-medium text-slate-700 sm:max-w-xs" title={org.orgName}>
              {org.orgName}
            </p>
          ) : null}
          <Form method="post" action="/logout">
            <Button variant="ghost" className="px-3">
              {t("signOut")}
            </Button>
          </Form>
        </div>
      </div>
    </header>
  );
}
