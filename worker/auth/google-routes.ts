import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { appUrl, createRouter, type AppEnv } from "../lib/context";
import { AppError, NotFound } from "../lib/errors";
import { json, problems } from "../lib/openapi";
import { safeReturnPath } from "../lib/safe-return";
import { googleCallbackQuery, googleStartQuery, providersOutput } from "./contract";
import { setSessionCookies } from "./cookies";
import { finishGoogleSignIn, googleEnabled, readFlowState, startGoogleSignIn } from "./google";
import { issuerOf } from "./issuer";
import { signInWithGoogle } from "./service";

/**
 * "Sign in with Google" (OIDC code flow with PKCE, auth/google.ts): the browser is sent to Google with the
 * flow state in a short-lived signed cookie, and comes back to the callback, which signs it in.
 */

const tags = ["Auth"];
const PUBLIC: { security: [] } = { security: [] };
const OIDC_COOKIE = "rl_oidc";
const googleCallback = (c: Context<AppEnv>) => `${appUrl(c)}/api/auth/google/callback`;

/** /api/auth/providers and the Google sign-in redirect pair. */
export const googleRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/providers",
      operationId: "listSignInProviders",
      summary: "Which sign-in providers are configured",
      tags,
      ...PUBLIC,
      responses: { 200: json(providersOutput) },
    }),
    (c) => c.json({ google: googleEnabled(c.env) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/google/start",
      operationId: "startGoogleSignIn",
      summary: "Redirect to Google to sign in",
      description: "`intent` is the account type to create if the Google identity has no account yet.",
      tags,
      ...PUBLIC,
      request: { query: googleStartQuery },
      responses: { 302: { description: "To Google" }, ...problems(400, 404) },
    }),
    async (c) => {
      if (!googleEnabled(c.env)) throw new NotFound("Google sign-in");
      const { intent, next } = c.req.valid("query");
      const back = safeReturnPath(next, "");
      const { url, cookie } = await startGoogleSignIn(c.env, googleCallback(c), intent, back);
      setCookie(c, OIDC_COOKIE, cookie, {
        httpOnly: true,
        secure: true,
        sameSite: "Lax",
        path: "/api/auth/google",
        maxAge: 600,
      });
      return c.redirect(url, 302);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/google/callback",
      operationId: "finishGoogleSignIn",
      summary: "Google's redirect back: sign in, then to the app",
      tags,
      ...PUBLIC,
      request: { query: googleCallbackQuery },
      description:
        "Signs in and redirects to the flow's `next` (a path on this site) or the account's home. An existing password account with the same address is linked only when its address is verified; otherwise the browser goes to `/login?google=unverified_account`.",
      responses: { 302: { description: "Signed in, to the app" }, ...problems(400, 403, 404) },
    }),
    async (c) => {
      if (!googleEnabled(c.env)) throw new NotFound("Google sign-in");
      const flow = await readFlowState(c.env, getCookie(c, OIDC_COOKIE));
      deleteCookie(c, OIDC_COOKIE, { path: "/api/auth/google", secure: true });
      const identity = await finishGoogleSignIn(c.env, flow, c.req.valid("query"), googleCallback(c));
      const result = await signInWithGoogle(c.get("ports"), issuerOf(c), identity, flow.intent).catch(
        (error: unknown) => {
          // The browser is mid-redirect: say it on the sign-in page rather than as a JSON problem.
          if (error instanceof AppError && error.code === "email_unverified") return null;
          throw error;
        },
      );
      if (!result) return c.redirect("/login?google=unverified_account", 302);
      setSessionCookies(c, result.tokens);
      const home = result.user.accountType === "landlord" ? "/dashboard" : "/homes";
      return c.redirect(safeReturnPath(flow.next, home), 302);
    },
  );
