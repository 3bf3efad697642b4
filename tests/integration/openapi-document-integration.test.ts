import { exports } from "cloudflare:workers";
import { expect, it } from "vitest";

// docs/openapi.json is the document the API serves, committed so that `npm run check` lints it with Redocly's
// recommended rules (redocly.yaml) and so that a review shows every API change. This test keeps the copy true.
it("docs/openapi.json is the document GET /api/openapi.json serves", async () => {
  const res = await exports.default.fetch(new Request("https://rentline.test/api/openapi.json"));
  expect(res.status).toBe(200);
  const served = `${JSON.stringify(await res.json(), null, 2)}\n`;
  await expect(served, "docs/openapi.json is stale: run `npm run openapi:update` and commit it").toMatchFileSnapshot(
    "../../docs/openapi.json",
  );
});
