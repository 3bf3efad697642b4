import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signFileUrl, verifyFileToken } from "../../worker/lib/signed-urls";
import { rawCall } from "../setup/client";
import { addRenter, BASE, createApartment, env, signUpLandlord, signUpRenter } from "../setup/helpers";

const KEY = env.FILES_SIGNING_KEY;
const PDF = new TextEncoder().encode("%PDF-1.7\n% a tiny test file\n%%EOF\n");

async function storedFile(orgId: string, apartmentId: string) {
  const key = `orgs/${orgId}/documents/${crypto.randomUUID()}/1.pdf`;
  await env.DOCS.put(key, PDF, { httpMetadata: { contentType: "application/pdf" } });
  const url = await signFileUrl(KEY, {
    key,
    name: "Bail — Élodie.pdf",
    type: "application/pdf",
    disposition: "inline",
    grant: { kind: "apartment", apartmentId },
  });
  return { key, url };
}

describe("signed file URLs", () => {
  it("serve the object to the landlord side and the apartment's renter, inline, privately", async () => {
    const owner = await signUpLandlord("Files Lettings");
    const { apartmentId } = await createApartment(owner, "F1");
    const { renter } = await addRenter(owner, apartmentId);
    const { url } = await storedFile(owner.orgId, apartmentId);
    for (const who of [owner, renter]) {
      const res = await rawCall("GET", url, undefined, who);
      expect(res.status, res.text).toBe(200);
      expect(res.text).toBe(new TextDecoder().decode(PDF));
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(res.headers.get("content-disposition")).toBe(
        `inline; filename="Bail _ _lodie.pdf"; filename*=UTF-8''${encodeURIComponent("Bail — Élodie.pdf")}`,
      );
      // Our own pages may preview it in a frame; nobody else's.
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    }
  });

  it("check access again when used: another org's member and an unrelated renter get 404", async () => {
    const owner = await signUpLandlord("Files Owner");
    const { apartmentId } = await createApartment(owner, "F2");
    const { url } = await storedFile(owner.orgId, apartmentId);
    const stranger = await signUpLandlord("Other Org");
    const renter = await signUpRenter("Unrelated Renter");
    for (const who of [stranger, renter]) {
      const res = await rawCall("GET", url, undefined, who);
      expect(res.status).toBe(404);
      expect(res.problem.code).toBe("not_found");
    }
  });

  it("refuse tampered and expired links, and send signed-out browsers to sign in", async () => {
    const owner = await signUpLandlord("Files Expiry");
    const { apartmentId } = await createApartment(owner, "F3");
    const { key, url } = await storedFile(owner.orgId, apartmentId);
    const [payload, signature] = url.slice("/files/".length).split(".");
    const forged = await signFileUrl("some-other-key-0123456789", {
      key,
      name: "x.pdf",
      type: "application/pdf",
      disposition: "inline",
      grant: { kind: "apartment", apartmentId },
    });
    for (const bad of [
      `/files/${payload}.${signature!.slice(0, -2)}AA`,
      `/files/${payload}x.${signature}`,
      forged,
      "/files/garbage",
      "/files/a.b.c",
    ]) {
      expect((await rawCall("GET", bad, undefined, owner)).status, bad).toBe(404);
    }
    const expired = await signFileUrl(
      KEY,
      { key, name: "x.pdf", type: "application/pdf", disposition: "inline", grant: { kind: "apartment", apartmentId } },
      { ttlSeconds: 60, now: Date.now() - 120_000 },
    );
    const gone = await rawCall("GET", expired, undefined, owner);
    expect(gone.status).toBe(410);
    expect(gone.problem.code).toBe("link_expired");

    const api = await rawCall("GET", url);
    expect(api.status).toBe(401);
    const browser = await exports.default.fetch(
      new Request(`${BASE}${url}`, { headers: { accept: "text/html" }, redirect: "manual" }),
    );
    expect(browser.status).toBe(302);
    expect(browser.headers.get("location")).toBe(`/login?next=${encodeURIComponent(url)}`);
  });

  it("default to one day, and a user grant serves only that user", async () => {
    const renter = await signUpRenter("Dossier Owner");
    const other = await signUpRenter("Someone Else");
    const key = `users/${renter.userId}/documents/${crypto.randomUUID()}`;
    await env.DOCS.put(key, PDF);
    const now = Date.now();
    const url = await signFileUrl(
      KEY,
      {
        key,
        name: "id.pdf",
        type: "application/pdf",
        disposition: "attachment",
        grant: { kind: "user", userId: renter.userId },
      },
      { now },
    );
    const token = url.slice("/files/".length);
    expect((await verifyFileToken(KEY, token, now + 24 * 3600_000 - 1000)).ok).toBe(true);
    expect(await verifyFileToken(KEY, token, now + 24 * 3600_000 + 1000)).toEqual({ ok: false, reason: "expired" });
    expect((await rawCall("GET", url, undefined, renter)).status).toBe(200);
    expect((await rawCall("GET", url, undefined, other)).status).toBe(404);
    await env.DOCS.delete(key);
    expect((await rawCall("GET", url, undefined, renter)).status).toBe(404);
  });
});
