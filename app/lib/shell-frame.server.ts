import type { HeaderProps } from "../components/app-header";
import { readOrgCookie } from "./cookies.server";
import type { Me } from "./session.server";
import { currentSide, isWorkOnly, navigationOf, sidesOf } from "./sides";
import { readSideCookie } from "./sides.server";

/**
 * The signed-in frame's navigation for a page outside the app shell (the public listings): the same side,
 * destinations and org as the shell would show at `pathname` (app/routes/app-shell.tsx), from the visitor's
 * GET /api/me and their `rl_org` and `rl_side` cookies. The org is the cookie's when it is one of theirs, else
 * their first enabled one (the shell redirects to fix the cookie; a public page only shows it).
 */
export function shellFrameOf(me: Me, request: Request, pathname: string): HeaderProps {
  const { user, memberships, permissionsByOrg, renting } = me;
  const selected = readOrgCookie(request);
  const org =
    memberships.find((m) => m.orgId === selected) ?? memberships.find((m) => !m.isDisabled) ?? memberships[0] ?? null;
  const permissions = org ? (permissionsByOrg[org.orgId] ?? []) : [];
  const workOnly = isWorkOnly(permissions);
  const sides = sidesOf({ accountType: user.accountType, memberships: memberships.length, renting, workOnly });
  const side = currentSide(sides, pathname, readSideCookie(request));
  const nav = navigationOf(side, {
    changeSettings: permissions.includes("org.settings"),
    moderate: user.isPlatformAdmin,
    manageMaintenance: permissions.includes("maintenance.triage"),
    workOrdersOnly: workOnly,
  });
  return { side, hasBothSides: sides.length > 1, staffOnly: workOnly, nav, memberships, org };
}
