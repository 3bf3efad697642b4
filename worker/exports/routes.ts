import { createRoute } from "@hono/zod-openapi";
import { readAsUser, requireUser } from "../auth/access";
import { createRouter } from "../lib/context";
import { errorResponses, json, problems } from "../lib/openapi";
import { exportList, exportView } from "./contract";
import { exportsOf, requestExport, showExport } from "./service";

/**
 * A person's data export (issue 16 §3; GDPR art. 15 right of access, art. 20 portability): `POST /me/exports`
 * asks for one (the export queue builds the ZIP and emails a signed link valid 7 days), `GET /me/exports`
 * lists them with their status and, while ready, the link. Anyone signed in, for themselves only.
 */
const tags = ["Auth"];

export const exportRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/me/exports",
      operationId: "requestDataExport",
      summary: "Ask for a copy of my data",
      tags,
      description:
        "Queues a ZIP of everything Rentline holds about the signed-in person (GDPR art. 15 and 20): one JSON file per kind of record, the files themselves, a manifest and a README in their language. Answers 202 with the export (`requested`); the person is emailed a signed download link valid 7 days once it is ready. 409 `export_in_progress` while another is being prepared; 429 `export_too_soon` (with Retry-After, seconds) within a day of the last one that did not fail. The request is audited (`privacy.export_requested`).",
      responses: { 202: json(exportView, "Queued"), ...errorResponses, ...problems(429) },
    }),
    async (c) => {
      const claims = await requireUser(c);
      const created = await requestExport(c.get("ports"), claims.sub);
      return c.json(await showExport(c.env.FILES_SIGNING_KEY, created), 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/exports",
      operationId: "listDataExports",
      summary: "List my data exports",
      tags,
      description:
        "The signed-in person's last 20 exports, newest first, with their status; a ready one that has not expired carries `downloadUrl`, a signed `/files` link only they can use (another person: 404; after `expiresAt`: 410). One D1 round trip.",
      responses: { 200: json(exportList), ...errorResponses },
    }),
    async (c) => {
      const {
        results: [rows],
      } = await readAsUser(c, (db, claims) => [exportsOf(db, claims.sub)]);
      const now = Date.now();
      return c.json(
        { exports: await Promise.all(rows.map((row) => showExport(c.env.FILES_SIGNING_KEY, row, now))) },
        200,
      );
    },
  );
