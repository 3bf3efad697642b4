import { createRoute } from "@hono/zod-openapi";
import { readOrg, requireOrg } from "../auth/access";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { json, jsonBody, problems } from "../lib/openapi";
import { orgLogo, orgSettingsInput, orgSettingsOutput } from "./contract";
import { orgSettingsRowQuery, removeLogo, replaceLogo, settingsOut, updateOrgSettings } from "./settings";

/**
 * /api/orgs/current/settings: the org's legal identity, bank details, logo and defaults. Owners only
 * (`org.settings`); managers read what their work needs elsewhere (the currency and time zone in
 * `/orgs/current`, the bank details on the apartment page), and cannot change them.
 */

const tags = ["Organizations"];

export const settingsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/orgs/current/settings",
      operationId: "getOrgSettings",
      summary: "The current org's settings: legal identity, bank details, logo, defaults",
      description:
        "Needs `org.settings` (owners). `identityComplete` says whether receipts (quittances) can be issued: they need the legal name and the registered address.",
      tags,
      responses: { 200: json(orgSettingsOutput), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const {
        results: [[row]],
      } = await readOrg(c, (s) => [orgSettingsRowQuery(s)], "org.settings");
      if (!row) throw new NotFound("Organization");
      return c.json(await settingsOut(row, c.env.FILES_SIGNING_KEY), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/orgs/current/settings",
      operationId: "updateOrgSettings",
      summary: "Change some of the current org's settings",
      description:
        "Needs `org.settings` (owners). Absent fields stay; null or an empty string clears a text field. 400 with a code per kind of field: `invalid_iban` (ISO 13616), `invalid_bic` (ISO 9362), `invalid_siret` (a French company number: 14 digits, Luhn), `invalid_postcode` (French: 5 digits), `invalid_country` (ISO 3166 alpha-2), `invalid_currency` (ISO 4217), `invalid_timezone` (IANA). 409 `stale` when a concurrent change moved the country. Answers the settings as stored.",
      tags,
      request: jsonBody(orgSettingsInput),
      responses: { 200: json(orgSettingsOutput), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const s = await requireOrg(c, "org.settings");
      return c.json(await updateOrgSettings(s, c.req.valid("json"), c.get("ports"), c.env.FILES_SIGNING_KEY), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/orgs/current/settings/logo",
      operationId: "uploadOrgLogo",
      summary: "Upload the current org's logo",
      description:
        "Needs `org.settings`. multipart/form-data with one `file`: PNG, JPEG or WebP (checked from its bytes, at most 5 MB), turned upright, downscaled and re-encoded. Replaces the previous logo.",
      tags,
      // A plain schema, not zod: a zod form schema would make the router buffer the body the handler streams.
      request: {
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object" as const,
                required: ["file"],
                properties: { file: { type: "string" as const, format: "binary" } },
              },
            },
          },
        },
      },
      responses: { 201: json(orgLogo, "Stored"), ...problems(400, 401, 403, 404, 413, 415, 422) },
    }),
    async (c) => {
      const s = await requireOrg(c, "org.settings");
      return c.json(await replaceLogo(s, c.get("ports"), c.req.raw, c.env.FILES_SIGNING_KEY), 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/orgs/current/settings/logo",
      operationId: "removeOrgLogo",
      summary: "Remove the current org's logo",
      description: "Needs `org.settings`. Answers 204 whether or not there was one.",
      tags,
      responses: { 204: { description: "Removed" }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const s = await requireOrg(c, "org.settings");
      await removeLogo(s, c.get("ports"));
      return c.body(null, 204);
    },
  );
