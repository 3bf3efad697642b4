import { useRouteLoaderData } from "react-router";
import type { loader } from "../routes/app-shell";

export type ShellData = Awaited<ReturnType<typeof loader>>;
export type Membership = ShellData["memberships"][number];

/** The signed-in user and current org, loaded once by the app shell for every page inside it. */
export function useShell(): ShellData {
  const shell = useRouteLoaderData<typeof loader>("routes/app-shell");
  if (!shell) throw new Error("useShell is only for pages inside the app shell");
  return shell;
}

/** Owners and managers change the portfolio; maintenance staff only look. */
export function canEditPortfolio(role: string | undefined): boolean {
  return role === "owner" || role === "manager";
}
