import { useRouteLoaderData } from "react-router";
import type { z } from "zod";
import type { permission } from "../../worker/auth/contract";
import type { loader } from "../routes/app-shell";

type ShellData = Awaited<ReturnType<typeof loader>>;

/** The signed-in user and current org, loaded once by the app shell for every page inside it. */
export function useShell(): ShellData {
  const shell = useRouteLoaderData<typeof loader>("routes/app-shell");
  if (!shell) throw new Error("useShell is only for pages inside the app shell");
  return shell;
}

/** Whether the signed-in user may do this in the current org (from the API's permissions, never from roles). */
export function useCan(action: z.infer<typeof permission>): boolean {
  return useShell().permissions.includes(action);
}
