import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BASE, signUpRenter } from "../setup/helpers";

/**
 * Issue 11 §5: an answer given before (or instead of) reading the request body still reads the body to its
 * end, so the connection can carry the next request (Vite's dev proxy in front of workerd answered 500 to the
 * request after such a refusal). Each case streams a body of `SIZE` bytes that records how much of it was
 * pulled, far more than the runtime buffers ahead, and checks the whole body was read once the answer came.
 */

const CHUNK = 64 * 1024;
const SIZE = 2 * 1024 * 1024;

/** A body of `size` bytes (after `head`) that says how much was pulled and whether its end was reached. */
function trackedBody(size: number, head: Uint8Array = new Uint8Array(0)) {
  const state = { pulled: 0, ended: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        if (head.length) c.enqueue(head);
      },
      pull(c) {
        if (state.pulled >= size) {
          state.ended = true;
          return c.close();
        }
        state.pulled += CHUNK;
        c.enqueue(new Uint8Array(CHUNK).fill(0x41));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

async function post(path: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  const res = await exports.default.fetch(
    new Request(`${BASE}${path}`, {
      method: "POST",
      body,
      // workerd wants duplex for streamed request bodies; its RequestInit type does not list it.
      ...({ duplex: "half" } as object),
      headers: { "cf-connecting-ip": `203.0.113.${Math.floor(Math.random() * 200)}`, ...headers },
    }),
  );
  const problem = await res.json<{ code?: string }>().catch(() => ({ code: undefined }));
  return { status: res.status, code: problem.code };
}

const multipartHead = (boundary: string, filename: string) =>
  new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );

describe("a request refused before its body is read still has its body read to the end", () => {
  it("CSRF (403 from the same-origin check, before any route)", async () => {
    const { stream, state } = trackedBody(SIZE);
    const res = await post("/api/properties", stream, {
      cookie: "rl_access=x",
      origin: "https://evil.example",
      "content-type": "application/json",
    });
    expect(res).toEqual({ status: 403, code: "csrf" });
    expect(state.ended).toBe(true);
  });

  it("the 1 MB body limit (413 while streaming a body without Content-Length)", async () => {
    const { stream, state } = trackedBody(SIZE);
    const res = await post("/api/properties", stream, { "content-type": "application/json" });
    expect(res).toEqual({ status: 413, code: "too_large" });
    expect(state.ended).toBe(true);
  });

  it("an unknown API route (404), a signed-out upload (401) and a sign-out that reads no body (204)", async () => {
    for (const [path, status] of [
      ["/api/no-such-route", 404],
      ["/api/me/dossier/documents", 401],
      ["/api/auth/logout", 204],
    ] as const) {
      // Under the 1 MB limit, with its length declared: the limit lets it through unread.
      const size = 16 * CHUNK;
      const { stream, state } = trackedBody(size);
      const res = await post(path, stream, {
        "content-type": "multipart/form-data; boundary=b",
        "content-length": String(size),
      });
      expect(res.status, path).toBe(status);
      expect(state.ended, path).toBe(true);
    }
  });

  it("an upload refused from its first bytes (415) or its malformed filename* (400) drains the rest", async () => {
    const renter = await signUpRenter();
    const auth = { authorization: `Bearer ${renter.token}`, "content-type": "multipart/form-data; boundary=xyz" };
    const exe = trackedBody(SIZE, new Uint8Array([...multipartHead("xyz", "a.pdf"), 0x4d, 0x5a, 0x90, 0x00]));
    expect(await post("/api/me/dossier/documents", exe.stream, auth)).toMatchObject({ status: 415 });
    expect(exe.state.ended).toBe(true);
    const head = new TextEncoder().encode(
      `--xyz\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''%E0%A4%A\r\n\r\n`,
    );
    const badName = trackedBody(SIZE, head);
    expect(await post("/api/me/dossier/documents", badName.stream, auth)).toEqual({
      status: 400,
      code: "invalid_input",
    });
    expect(badName.state.ended).toBe(true);
  });

  it("a NUL in an upload's file name is stored without it (201), a malformed filename* alone is a 400", async () => {
    const renter = await signUpRenter();
    const pdf = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n${"x".repeat(600)}\n%%EOF\n`;
    const body = (disposition: string) =>
      `--xyz\r\nContent-Disposition: form-data; name="kind"\r\n\r\nid_card\r\n--xyz\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--xyz--\r\n`;
    const upload = (disposition: string) =>
      exports.default.fetch(
        new Request(`${BASE}/api/me/dossier/documents`, {
          method: "POST",
          body: body(disposition),
          headers: {
            authorization: `Bearer ${renter.token}`,
            "content-type": "multipart/form-data; boundary=xyz",
            "cf-connecting-ip": "203.0.113.91",
          },
        }),
      );
    const nul = await upload('filename="pass\u0000port.pdf"');
    expect(nul.status, await nul.clone().text()).toBe(201);
    expect((await nul.json<{ name: string }>()).name).toBe("passport.pdf");
    const fallback = await upload(`filename="bail.pdf"; filename*=UTF-8''%E0%A4%A`);
    expect(fallback.status).toBe(201);
    expect((await fallback.json<{ name: string }>()).name).toBe("bail.pdf");
    const malformed = await upload(`filename*=UTF-8''%E0%A4%A`);
    expect(malformed.status).toBe(400);
    expect((await malformed.json<{ code: string }>()).code).toBe("invalid_input");
  });
});
