import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import type { TestProject } from "vitest/node";

/**
 * A local OpenID provider standing in for Google: discovery, JWKS, an authorize endpoint that signs in
 * whoever the test names (login_hint=<sub>|<email>|<name>), and a token endpoint that checks the PKCE
 * verifier and the client secret, then returns an RS256 ID token signed with its own key.
 */
let server: Server | undefined;

export default async function setup(project: TestProject) {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "fake-1", alg: "RS256", use: "sig" };
  const codes = new Map<
    string,
    {
      sub: string;
      email: string;
      name: string;
      nonce: string;
      challenge: string;
      clientId: string;
      redirectUri: string;
    }
  >();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", issuer);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === "/.well-known/openid-configuration") {
      return send(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
      });
    }
    if (url.pathname === "/jwks") return send(200, { keys: [jwk] });
    if (url.pathname === "/authorize") {
      const [sub = "sub-1", email = "user@example.com", name = "Test User"] = (
        url.searchParams.get("login_hint") ?? ""
      ).split("|");
      if (url.searchParams.get("code_challenge_method") !== "S256") return send(400, { error: "pkce_required" });
      const code = crypto.randomUUID();
      codes.set(code, {
        sub,
        email,
        name,
        nonce: url.searchParams.get("nonce") ?? "",
        challenge: url.searchParams.get("code_challenge") ?? "",
        clientId: url.searchParams.get("client_id") ?? "",
        redirectUri: url.searchParams.get("redirect_uri") ?? "",
      });
      const back = new URL(url.searchParams.get("redirect_uri") ?? "");
      back.searchParams.set("code", code);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (url.pathname === "/token" && req.method === "POST") {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const form = new URLSearchParams(raw);
      const grant = codes.get(form.get("code") ?? "");
      if (!grant) return send(400, { error: "invalid_grant" });
      codes.delete(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const digest = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))).toString(
        "base64url",
      );
      if (digest !== grant.challenge)
        return send(400, { error: "invalid_grant", error_description: "PKCE verification failed" });
      if (form.get("client_secret") !== "rentline-test-secret" || form.get("client_id") !== grant.clientId)
        return send(401, { error: "invalid_client" });
      if (form.get("redirect_uri") !== grant.redirectUri) return send(400, { error: "invalid_grant" });
      const idToken = await new SignJWT({
        email: grant.email,
        email_verified: true,
        name: grant.name,
        nonce: grant.nonce,
      })
        .setProtectedHeader({ alg: "RS256", kid: "fake-1" })
        .setIssuer(issuer)
        .setAudience(grant.clientId)
        .setSubject(grant.sub)
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey);
      return send(200, { access_token: "unused", token_type: "Bearer", expires_in: 300, id_token: idToken });
    }
    send(404, { error: "not_found" });
  };
  // node:http ignores the handler's promise: a failure surfaces as an unhandled rejection and fails the run.
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  project.provide("oidcIssuer", issuer);
  return async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  };
}
