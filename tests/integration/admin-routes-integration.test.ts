import { expect, it } from "vitest";
import { rawCall } from "../setup/client";
import { env, signUpLandlord, signUpRenter } from "../setup/helpers";
import { readOpenApi } from "../setup/openapi";

/**
 * Generated from the route table (GET /api/openapi.json): every /admin route, with every method it has,
 * answers 404 to anyone signed in who is not a platform admin — a renter, an org owner — word for word like
 * a route that does not exist, whatever the body (none, an empty one, a valid one) and whatever the query;
 * 401 to the signed-out. A new admin route is checked the day it is added. A platform admin gets past it.
 */
const notFound = async () => (await rawCall("GET", "/api/admin/no-such-route-here")).status;

it("every /admin route answers 404 to everyone but a platform admin", async () => {
  const res = await rawCall("GET", "/api/openapi.json");
  expect(res.status, res.text.slice(0, 500)).toBe(200);
  const routes = Object.entries(readOpenApi(res.json).paths)
    .map(([path, item]) => [path.replace(/^\/api(?=\/)/, ""), item] as const)
    .filter(([path]) => path.startsWith("/admin/"))
    .flatMap(([path, item]) => Object.keys(item).map((method) => ({ method: method.toUpperCase(), path })));
  expect(routes.length).toBeGreaterThanOrEqual(10);
  expect(routes).toContainEqual({ method: "POST", path: "/admin/listings/{id}/takedown" });

  const renter = await signUpRenter("Nosy Renter");
  const owner = await signUpLandlord("Nosy Org");
  const admin = await signUpLandlord("Rentline Route Check");
  await env.DB.prepare("update users set is_platform_admin = 1 where id = ?").bind(admin.userId).run();
  expect(await notFound()).toBe(404);

  for (const { method, path } of routes) {
    const url = `/api${path.replace(/\{[^}]+\}/g, "2025-Q1")}?q=%22&page=x`;
    const bodies = method === "GET" ? [undefined] : [undefined, {}, { reason: "A valid reason", value: "1" }];
    for (const who of [renter, owner])
      for (const body of bodies) {
        const res = await rawCall(method, url, body, who);
        expect(res.status, `${method} ${path} as ${who === renter ? "renter" : "owner"}: ${res.text}`).toBe(404);
        expect(res.problem.code).toBe("not_found");
      }
    expect((await rawCall(method, url, bodies.at(-1), undefined)).status, `${method} ${path} signed out`).toBe(401);
    // A platform admin is not refused as a stranger (what they get depends on the id and the body).
    const asAdmin = await rawCall(method, url, method === "GET" ? undefined : { reason: "A valid reason" }, admin);
    expect([200, 400, 404, 409, 422], `${method} ${path} as admin: ${asAdmin.text}`).toContain(asAdmin.status);
    if (method === "GET") expect(asAdmin.status, `${method} ${path} as admin`).toBe(200);
  }
});
