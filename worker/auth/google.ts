import { createRemoteJWKSet, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { base64url, newSecret } from "../lib/ids";
import { Invalid } from "../lib/errors";
import { signingKey } from "../lib/keys";

/**
 * "Sign in with Google": OpenID Connect authorization-code flow with PKCE (S256), `state` and `nonce`.
 * The ID token is verified with jose against the provider's published JWKS. The issuer is configurable
 * (GOOGLE_OIDC_ISSUER) so tests run the whole flow against a local fake provider with its own key.
 */
const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
});
type Discovery = z.infer<typeof discoverySchema>;

const discoveries = new Map<string, Promise<Discovery>>();
const jwksets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/** Whether Google sign-in is configured (client id and secret set). */
export function googleEnabled(env: Env): boolean {
  return Boolean(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET);
}

async function discover(issuer: string): Promise<Discovery> {
  let found = discoveries.get(issuer);
  if (!found) {
    found = fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`)
      .then((res) => {
        if (!res.ok) throw new Error(`OIDC discovery answered ${res.status}`);
        return res.json();
      })
      .then((body) => discoverySchema.parse(body));
    found.catch(() => discoveries.delete(issuer));
    discoveries.set(issuer, found);
  }
  return found;
}

const flowState = z.object({
  state: z.string(),
  verifier: z.string(),
  nonce: z.string(),
  intent: z.enum(["landlord", "renter"]),
  /** Where to land after signing in: a path already checked by `safeReturnPath` ("" for the account's home). */
  next: z.string().default(""),
});
export type FlowState = z.infer<typeof flowState>;

/** Starts the flow: the authorization URL, and the flow state to keep in a short-lived signed cookie. */
export async function startGoogleSignIn(
  env: Env,
  redirectUri: string,
  intent: FlowState["intent"],
  next: FlowState["next"] = "",
) {
  const config = await discover(env.GOOGLE_OIDC_ISSUER);
  const state = newSecret(16);
  const nonce = newSecret(16);
  const verifier = newSecret(48);
  const challenge = base64url(
    new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))),
  );
  const url = new URL(config.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: env.GOOGLE_CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid email profile",
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: "S256",
    prompt: "select_account",
  }).toString();
  const cookie = await new SignJWT({ state, verifier, nonce, intent, next })
    .setProtectedHeader({ alg: "HS256" })
    .setAudience("rentline-oidc-flow")
    .setExpirationTime("10m")
    .sign(signingKey(env.JWT_SECRET));
  return { url: url.toString(), cookie };
}

/** The flow state from its signed cookie; 400 `oidc_state` when missing, expired or forged. */
export async function readFlowState(env: Env, cookie: string | undefined): Promise<FlowState> {
  if (!cookie)
    throw new Invalid("The sign-in took too long or was started elsewhere. Try again.", undefined, "oidc_state");
  try {
    const { payload } = await jwtVerify(cookie, signingKey(env.JWT_SECRET), {
      algorithms: ["HS256"],
      audience: "rentline-oidc-flow",
    });
    return flowState.parse(payload);
  } catch {
    throw new Invalid("The sign-in took too long or was started elsewhere. Try again.", undefined, "oidc_state");
  }
}

const tokenAnswer = z.object({ id_token: z.string() });
const idClaims = z.object({
  sub: z.string(),
  email: z.email(),
  email_verified: z.boolean(),
  name: z.string().optional(),
});
export type GoogleIdentity = { sub: string; email: string; name: string };

/** Exchanges the code (with the PKCE verifier) and verifies the ID token: signature, issuer, audience, expiry, nonce. */
export async function finishGoogleSignIn(
  env: Env,
  flow: FlowState,
  params: { code: string; state: string },
  redirectUri: string,
): Promise<GoogleIdentity> {
  if (params.state !== flow.state)
    throw new Invalid("The sign-in response does not match this browser. Try again.", undefined, "oidc_state");
  const config = await discover(env.GOOGLE_OIDC_ISSUER);
  const res = await fetch(config.token_endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: params.code,
      redirect_uri: redirectUri,
      client_id: env.GOOGLE_CLIENT_ID,
      client_secret: env.GOOGLE_CLIENT_SECRET,
      code_verifier: flow.verifier,
    }),
  });
  if (!res.ok) throw new Invalid("Google refused the sign-in. Try again.", undefined, "oidc_exchange");
  const { id_token } = tokenAnswer.parse(await res.json());
  let jwks = jwksets.get(config.jwks_uri);
  if (!jwks) {
    jwks = createRemoteJWKSet(new URL(config.jwks_uri));
    jwksets.set(config.jwks_uri, jwks);
  }
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(id_token, jwks, {
      issuer: config.issuer,
      audience: env.GOOGLE_CLIENT_ID,
      algorithms: ["RS256"],
    }));
  } catch {
    throw new Invalid("Google's answer could not be verified. Try again.", undefined, "oidc_token");
  }
  const claims = idClaims.parse(payload);
  if ((payload as { nonce?: unknown }).nonce !== flow.nonce)
    throw new Invalid("Google's answer could not be verified. Try again.", undefined, "oidc_token");
  if (!claims.email_verified)
    throw new Invalid("Your Google email address is not verified.", undefined, "oidc_unverified_email");
  return { sub: claims.sub, email: claims.email.toLowerCase(), name: claims.name ?? claims.email };
}
