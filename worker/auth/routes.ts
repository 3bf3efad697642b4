import { createRoute } from "@hono/zod-openapi";
import { Unauthorized } from "../lib/errors";
import { createRouter } from "../lib/context";
import { json, jsonBody, problems } from "../lib/openapi";
import { requireUser } from "./access";
import {
  issuedTokens,
  loginInput,
  loginOutput,
  passwordResetConfirmInput,
  passwordResetInput,
  refreshInput,
  signupInput,
  signupOutput,
  verifyEmailInput,
} from "./contract";
import { clearSessionCookies, readSessionCookies, setSessionCookies } from "./cookies";
import { googleRoutes } from "./google-routes";
import { issuerOf } from "./issuer";
import { login } from "./login";
import { clientIp, limitAttempts } from "./rate-limit";
import * as auth from "./service";
import { sessionRoutes } from "./session-routes";
import { RefreshTokenReused, revokeSession, rotateRefreshToken } from "./sessions";

/**
 * /api/auth/*: accounts and sessions. Browsers get the session as two httpOnly cookies (auth/cookies.ts);
 * API clients use the tokens in the body. Sign-up, sign-in and reset requests are rate limited per IP.
 */

const tags = ["Auth"];
/** Routes a signed-out caller uses: no bearer token needed. */
const PUBLIC: { security: [] } = { security: [] };

/** What auth needs from other features, passed in by the app (worker/app.ts). */
export type AuthHooks = { newOrgRows: auth.NewOrgRows };

/** Sign-up and sign-in: open a session. */
function sessionStartRoutes(hooks: AuthHooks) {
  return createRouter()
    .openapi(
      createRoute({
        method: "post",
        path: "/auth/signup",
        operationId: "signUp",
        summary: "Create an account (and a landlord's org)",
        description:
          "Answers 202 with the same body whether or not the address already has an account (no enumeration): a new account gets a verification link, an existing one's owner an email saying someone tried. Opens no session: sign in with POST /auth/login (a new account works at once, unverified; inviting, sending agreements, publishing and applying wait for the verification). 400 `weak_password` for an easily guessed password.",
        tags,
        ...PUBLIC,
        request: jsonBody(signupInput),
        responses: { 202: json(signupOutput, "Check your inbox"), ...problems(400, 429) },
      }),
      async (c) => {
        await limitAttempts(c.env.AUTH_LIMITER, `signup:${clientIp(c.req.raw.headers)}`);
        const { email } = await auth.signup(c.get("ports"), issuerOf(c), c.req.valid("json"), hooks.newOrgRows);
        return c.json({ email, status: "check_email" as const }, 202);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/auth/login",
        operationId: "logIn",
        summary: "Sign in with email and password",
        description:
          "An unknown email and a wrong password get the same 401. Throttled per (IP, email) and per account across addresses (429 after 10 failures in 15 minutes). Sets the session cookies. A banned account (right password) gets 403 `account_banned` with the extension member `banReason` (the platform admin's reason, or null).",
        tags,
        ...PUBLIC,
        request: jsonBody(loginInput),
        responses: { 200: json(loginOutput), ...problems(400, 401, 403, 429) },
      }),
      async (c) => {
        const body = c.req.valid("json");
        await limitAttempts(c.env.AUTH_LIMITER, `login:${clientIp(c.req.raw.headers)}:${body.email}`);
        const result = await login(c.get("ports"), issuerOf(c), body);
        setSessionCookies(c, result.tokens);
        const { sessionId: _, ...t } = result.tokens;
        return c.json({ user: result.user, ...t }, 200);
      },
    );
}

/** Refresh and sign-out: the life of a session. */
const sessionLifeRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/refresh",
      operationId: "refreshSession",
      summary: "Rotate the refresh token for new tokens",
      description:
        "Rotates the refresh token (body, or the session cookie). Reusing a rotated token ends that session.",
      tags,
      ...PUBLIC,
      request: { body: { required: false, content: { "application/json": { schema: refreshInput } } } },
      responses: { 200: json(issuedTokens), ...problems(400, 401) },
    }),
    async (c) => {
      const token = c.req.valid("json")?.refreshToken ?? readSessionCookies(c).refresh;
      if (!token) throw new Unauthorized("No refresh token", "session_ended");
      const {
        sessionId: _,
        userId: __,
        ...t
      } = await rotateRefreshToken(c.get("db"), c.env.JWT_SECRET, token).catch(async (error: unknown) => {
        // A replayed refresh token ended its session: its open room sockets close too.
        if (error instanceof RefreshTokenReused)
          await c.get("ports").rooms.revoke({
            reason: "sign_in_reused",
            userIds: [error.userId],
            sessionIds: [error.sessionId],
          });
        throw error;
      });
      if (!c.req.valid("json")?.refreshToken) setSessionCookies(c, t);
      return c.json(t, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/logout",
      operationId: "logOut",
      summary: "End the current session",
      description:
        "Revokes the session of the access token (if any): its refresh tokens, access tokens and room tickets stop working and its open room sockets are closed. Clears the session cookies.",
      tags,
      responses: { 204: { description: "Signed out" }, ...problems(403) },
    }),
    async (c) => {
      const claims = c.get("claims");
      if (claims) {
        await revokeSession(c.get("db"), claims.sid, "signed_out");
        // This session's open room sockets close now; its tickets are refused at connect (issue 11 §3).
        await c.get("ports").rooms.revoke({ reason: "signed_out", userIds: [claims.sub], sessionIds: [claims.sid] });
      }
      clearSessionCookies(c);
      return c.body(null, 204);
    },
  );

/** Emailed links: address verification and password reset. */
const emailedLinkRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/verify-email",
      operationId: "verifyEmail",
      summary: "Verify the account's address with the emailed token",
      tags,
      ...PUBLIC,
      request: jsonBody(verifyEmailInput),
      responses: { 204: { description: "Email verified" }, ...problems(400) },
    }),
    async (c) => {
      await auth.verifyEmail(c.get("ports"), c.req.valid("json").token);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/verify-email/resend",
      operationId: "resendVerificationEmail",
      summary: "Email a new verification link",
      tags,
      responses: { 202: { description: "A new link is on its way" }, ...problems(401, 403) },
    }),
    async (c) => {
      const claims = await requireUser(c);
      await auth.resendVerification(c.get("ports"), claims.sub);
      return c.body(null, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset",
      operationId: "requestPasswordReset",
      summary: "Email a password-reset link",
      description: "Answers 202 whether or not the account exists.",
      tags,
      ...PUBLIC,
      request: jsonBody(passwordResetInput),
      responses: { 202: { description: "If the account exists, a link was emailed" }, ...problems(400, 429) },
    }),
    async (c) => {
      const { email } = c.req.valid("json");
      await limitAttempts(c.env.AUTH_LIMITER, `reset:${clientIp(c.req.raw.headers)}`);
      await auth.requestPasswordReset(c.get("ports"), email);
      return c.body(null, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset/confirm",
      operationId: "resetPassword",
      summary: "Set a new password with the emailed token",
      description:
        "Every session of the account is signed out (tokens, room tickets, open room sockets) and every other outstanding reset link stops working.",
      tags,
      ...PUBLIC,
      request: jsonBody(passwordResetConfirmInput),
      responses: { 204: { description: "Password changed; every session was signed out" }, ...problems(400) },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const userId = await auth.resetPassword(c.get("ports"), issuerOf(c).client, body.token, body.password);
      await c.get("ports").rooms.revoke({ reason: "password_changed", userIds: [userId] });
      clearSessionCookies(c);
      return c.body(null, 204);
    },
  );

/** Every auth route: sign-up and sign-in, sessions, emailed links, Google sign-in and `/me`. */
export function authRoutes(hooks: AuthHooks) {
  return createRouter()
    .route("/", sessionStartRoutes(hooks))
    .route("/", sessionLifeRoutes)
    .route("/", sessionRoutes)
    .route("/", emailedLinkRoutes)
    .route("/", googleRoutes);
}
