import type { InferResponseType } from "hono/client";
import type { RouterContextProvider } from "react-router";
import { getServer, type ServerContext } from "./context.server";

export type Me = InferResponseType<ServerContext["api"]["me"]["$get"], 200>;

/** The signed-in visitor (GET /api/me), or null when signed out or the session has ended. */
export async function signedInUser(context: Readonly<RouterContextProvider>): Promise<Me | null> {
  const { api, signedIn } = getServer(context);
  if (!signedIn) return null;
  const res = await api.me.$get();
  return res.ok ? await res.json() : null;
}

/** Where a signed-in visitor starts: their org's dashboard, onboarding for a landlord without one, else their homes. */
export function homePathFor(me: Me): string {
  if (me.memberships.length > 0) return "/dashboard";
  return me.user.accountType === "landlord" ? "/onboarding" : "/homes";
}
