import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createRouter, appUrl, type AppEnv } from "../lib/context";
import { NotFound, Unauthorized } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { readAsUser, requireUser } from "./access";
import { clearSessionCookies, readSessionCookies, setSessionCookies } from "./cookies";
import { finishGoogleSignIn, googleEnabled, readFlowState, startGoogleSignIn } from "./google";
import { PASSWORD_MIN_LENGTH } from "./passwords";
import { clientIp, limitAttempts } from "./rate-limit";
import * as auth from "./service";
import {
  activeSessionsQuery,
  revokeOtherSessions,
  revokeOwnSession,
  revokeSession,
  rotateRefreshToken,
} from "./sessions";

const email = z.email().trim().toLowerCase().max(254);
const password = z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).max(200);
const name = z.string().trim().min(1).max(100);

const user = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    accountType: z.enum(["landlord", "renter"]),
    emailVerified: z.boolean(),
    isPlatformAdmin: z.boolean(),
  })
  .openapi("User");
const tokens = { accessToken: z.string(), refreshToken: z.string(), expiresIn: z.number().int() };
const tags = ["Auth"];

function deps(c: Context<AppEnv>): auth.AuthDeps {
  return {
    db: c.get("db"),
    secret: c.env.JWT_SECRET,
    emailQueue: c.env.EMAIL_QUEUE,
    appUrl: appUrl(c),
    requestId: c.get("requestId"),
    client: { userAgent: c.req.header("user-agent"), ip: clientIp(c.req.raw.headers) },
  };
}

const OIDC_COOKIE = "rl_oidc";
const googleCallback = (c: Context<AppEnv>) => `${appUrl(c)}/api/auth/google/callback`;

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/signup",
      tags,
      request: jsonBody(
        z.object({
          email,
          password,
          name,
          accountType: z.enum(["landlord", "renter"]),
          orgName: z.string().trim().min(1).max(120).optional(),
        }),
      ),
      responses: {
        201: json(
          z.object({
            user,
            org: z.object({ id: z.string(), name: z.string(), slug: z.string() }).optional(),
            ...tokens,
          }),
          "Account created",
        ),
        ...errorResponses,
        429: { description: "Too many attempts" },
      },
    }),
    async (c) => {
      await limitAttempts(c.env.AUTH_LIMITER, `signup:${clientIp(c.req.raw.headers)}`);
      const result = await auth.signup(deps(c), c.req.valid("json"));
      setSessionCookies(c, result.tokens);
      const { sessionId: _, ...t } = result.tokens;
      return c.json({ user: result.user, org: result.org, ...t }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/login",
      tags,
      request: jsonBody(z.object({ email, password: z.string().min(1).max(200) })),
      responses: {
        200: json(z.object({ user, ...tokens })),
        ...errorResponses,
        429: { description: "Too many attempts" },
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      await limitAttempts(c.env.AUTH_LIMITER, `login:${clientIp(c.req.raw.headers)}:${body.email}`);
      const result = await auth.login(deps(c), body.email, body.password);
      setSessionCookies(c, result.tokens);
      const { sessionId: _, ...t } = result.tokens;
      return c.json({ user: result.user, ...t }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/refresh",
      tags,
      description:
        "Rotates the refresh token (body, or the session cookie). Reusing a rotated token ends that session.",
      request: {
        body: {
          required: false,
          content: {
            "application/json": { schema: z.object({ refreshToken: z.string().min(1).max(200).optional() }) },
          },
        },
      },
      responses: { 200: json(z.object(tokens)), ...errorResponses },
    }),
    async (c) => {
      const token = c.req.valid("json")?.refreshToken ?? readSessionCookies(c).refresh;
      if (!token) throw new Unauthorized("No refresh token", "session_ended");
      const { sessionId: _, userId: __, ...t } = await rotateRefreshToken(c.get("db"), c.env.JWT_SECRET, token);
      if (!c.req.valid("json")?.refreshToken) setSessionCookies(c, t);
      return c.json(t, 200);
    },
  )
  .openapi(
    createRoute({ method: "post", path: "/auth/logout", tags, responses: { 204: { description: "Signed out" } } }),
    async (c) => {
      const claims = c.get("claims");
      if (claims) await revokeSession(c.get("db"), claims.sid, "signed_out");
      clearSessionCookies(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/sessions",
      tags,
      responses: {
        200: json(
          z.object({
            results: z.array(
              z.object({
                id: z.string(),
                userAgent: z.string().nullable(),
                ip: z.string().nullable(),
                createdAt: z.string(),
                lastUsedAt: z.string(),
                current: z.boolean(),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const {
        claims,
        results: [rows],
      } = await readAsUser(c, (db, claims) => [activeSessionsQuery(db, claims.sub)]);
      return c.json({ results: rows.map((s) => ({ ...s, current: s.id === claims.sid })) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/auth/sessions/{id}",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Session ended" }, ...errorResponses },
    }),
    async (c) => {
      const claims = await requireUser(c);
      if (!(await revokeOwnSession(c.get("db"), claims.sub, c.req.valid("param").id))) throw new NotFound("Session");
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/sessions/revoke-others",
      tags,
      responses: { 200: json(z.object({ revoked: z.number().int() })), ...errorResponses },
    }),
    async (c) => {
      const claims = await requireUser(c);
      return c.json({ revoked: await revokeOtherSessions(c.get("db"), claims.sub, claims.sid) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/verify-email",
      tags,
      request: jsonBody(z.object({ token: z.string().min(10).max(200) })),
      responses: { 204: { description: "Email verified" }, ...errorResponses },
    }),
    async (c) => {
      await auth.verifyEmail(c.get("db"), c.req.valid("json").token);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/verify-email/resend",
      tags,
      responses: { 202: { description: "A new link is on its way" }, ...errorResponses },
    }),
    async (c) => {
      const claims = await requireUser(c);
      await auth.resendVerification(deps(c), claims.sub);
      return c.body(null, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset",
      tags,
      request: jsonBody(z.object({ email })),
      responses: { 202: { description: "If the account exists, a link was emailed" }, ...errorResponses },
    }),
    async (c) => {
      const { email } = c.req.valid("json");
      await limitAttempts(c.env.AUTH_LIMITER, `reset:${clientIp(c.req.raw.headers)}`);
      await auth.requestPasswordReset(deps(c), email);
      return c.body(null, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset/confirm",
      tags,
      request: jsonBody(z.object({ token: z.string().min(10).max(200), password })),
      responses: { 204: { description: "Password changed; every session was signed out" }, ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid("json");
      await auth.resetPassword(deps(c), body.token, body.password);
      clearSessionCookies(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/providers",
      tags,
      responses: { 200: json(z.object({ google: z.boolean() })) },
    }),
    (c) => c.json({ google: googleEnabled(c.env) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/google/start",
      tags,
      request: { query: z.object({ intent: z.enum(["landlord", "renter"]).default("renter") }) },
      responses: { 302: { description: "To Google" }, 404: { description: "Google sign-in is not configured" } },
    }),
    async (c) => {
      if (!googleEnabled(c.env)) throw new NotFound("Google sign-in");
      const { url, cookie } = await startGoogleSignIn(c.env, googleCallback(c), c.req.valid("query").intent);
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
      tags,
      request: { query: z.object({ code: z.string().min(1).max(2000), state: z.string().min(1).max(200) }) },
      responses: { 302: { description: "Signed in, to the app" }, ...errorResponses },
    }),
    async (c) => {
      if (!googleEnabled(c.env)) throw new NotFound("Google sign-in");
      const flow = await readFlowState(c.env, getCookie(c, OIDC_COOKIE));
      deleteCookie(c, OIDC_COOKIE, { path: "/api/auth/google", secure: true });
      const identity = await finishGoogleSignIn(c.env, flow, c.req.valid("query"), googleCallback(c));
      const result = await auth.signInWithGoogle(deps(c), identity, flow.intent);
      setSessionCookies(c, result.tokens);
      return c.redirect(result.user.accountType === "landlord" ? "/dashboard" : "/homes", 302);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags,
      responses: {
        200: json(
          z.object({
            user,
            memberships: z.array(
              z.object({
                orgId: z.string(),
                orgName: z.string(),
                role: z.string(),
                isDisabled: z.boolean(),
                disabledReason: z.string().nullable(),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const {
        results: [[row], memberships],
      } = await readAsUser(c, (db, claims) => [...auth.meQueries(db, claims.sub)]);
      if (!row) throw new Unauthorized();
      return c.json({ user: auth.publicUser(row), memberships }, 200);
    },
  );
