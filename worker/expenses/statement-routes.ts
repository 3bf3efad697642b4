import { createRoute, z } from "@hono/zod-openapi";
import { readOrg } from "../auth/access";
import { todayIn } from "../lib/calendar";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { idParam, json, problems } from "../lib/openapi";
import { statementPdfQuery, statementQuery, statementRendering, statementView } from "./contract";
import { propertyWithOrg, statementReads } from "./queries";
import { statementMonth } from "./service";
import { assembleStatement } from "./statement";
import {
  localeOf,
  queueStatementPdf,
  startRendering,
  statementCsv,
  statementFileName,
  storedStatementPdf,
} from "./statement-files";

/**
 * The owner statement of a property and month (issue 15 §7): JSON or CSV, and its PDF on the PDF queue.
 * Who: owners and managers (`ledger.write`); maintenance 403; renters 403 `no_org`; another org's property 404.
 */
const tags = ["Expenses"];
const READ = problems(400, 401, 403, 404);
const RETRY_AFTER_SECONDS = 2;
const binary = z.string().openapi({ format: "binary" });

export const statementRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/properties/{id}/statement",
      operationId: "getOwnerStatement",
      summary: "Read a property's owner statement for a month",
      tags,
      description:
        "The owner statement of the property for `month` (`YYYY-MM`, default the org's current month), in the org's currency: `income` = rent collected (payments on the ledgers of the property's leases whose money was received that month — the day received, else the day the entry was written in the org's time zone — less refunds written that month), `expenses` = expenses incurred that month, `net` = income − expenses; every line, expenses by category and the 12 months ending there. `format=csv` answers the month's lines as CSV (RFC 4180, header in the org's language, amounts as signed decimals with the currency). One D1 round trip.",
      request: { params: idParam, query: statementQuery },
      responses: {
        200: {
          description: "The statement",
          content: { "application/json": { schema: statementView }, "text/csv": { schema: z.string() } },
        },
        ...READ,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { month, format } = c.req.valid("query");
      const {
        results: [property, moneyIn, moneyOut],
      } = await readOrg(c, (r) => [...statementReads(r, id, month)], "ledger.write");
      const statement = assembleStatement(property, moneyIn, moneyOut, month);
      if (!statement || !property[0]) throw new NotFound("Property");
      if (format === "json") return c.json(statement, 200);
      const locale = localeOf(property[0].locale);
      return c.body(statementCsv(statement, locale), 200, {
        "content-type": "text/csv; charset=utf-8; header=present",
        "content-disposition": `attachment; filename="${statementFileName(locale, statement.month, "csv")}"`,
        "cache-control": "private, no-store",
      });
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/properties/{id}/statement/pdf",
      operationId: "renderOwnerStatementPdf",
      summary: "Render a property's owner statement as PDF",
      tags,
      description:
        "Queues the rendering of the statement of `month` (default: the org's current month) on the PDF queue, dropping any PDF rendered before (a month's statement changes as money is recorded), and answers 202 with Retry-After and a Location to GET it. 409 `unprintable_text` (naming the characters) when a name, address or note cannot be printed.",
      request: { params: idParam, query: statementPdfQuery },
      responses: {
        202: json(statementRendering, "Being rendered: GET it after Retry-After"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { results } = await readOrg(
        c,
        (r) => [...statementReads(r, id, c.req.valid("query").month)],
        "ledger.write",
      );
      const [property, moneyIn, moneyOut] = results;
      const statement = assembleStatement(property, moneyIn, moneyOut, c.req.valid("query").month);
      const org = property[0];
      if (!statement || !org) throw new NotFound("Property");
      const job = { kind: "owner_statement" as const, orgId: org.orgId, propertyId: id, month: statement.month };
      const input = {
        statement,
        locale: localeOf(org.locale),
        ownerName: org.orgName,
        issuedOn: todayIn(org.timezone),
      };
      await queueStatementPdf(c.get("ports"), job, input);
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      c.header("Location", `/api/properties/${id}/statement/pdf?month=${statement.month}`);
      return c.json({ status: "rendering" as const, retryAfter: RETRY_AFTER_SECONDS }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/properties/{id}/statement/pdf",
      operationId: "getOwnerStatementPdf",
      summary: "Download a property's owner statement PDF",
      tags,
      description:
        "The statement PDF of `month` (default: the org's current month) once rendered (attachment). While it renders — or when it was never asked for, which queues it — 202 with Retry-After. One D1 round trip, then R2.",
      request: { params: idParam, query: statementPdfQuery },
      responses: {
        200: { description: "The statement", content: { "application/pdf": { schema: binary } } },
        202: json(statementRendering, "Being rendered: retry after the Retry-After delay"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const asked = c.req.valid("query").month;
      const {
        results: [property],
      } = await readOrg(c, (r) => [propertyWithOrg(r, id)], "ledger.write");
      const org = property[0];
      if (!org) throw new NotFound("Property");
      const month = statementMonth(asked, org.timezone);
      const job = { kind: "owner_statement" as const, orgId: org.orgId, propertyId: id, month };
      const stored = await storedStatementPdf(c.get("ports"), job);
      if (stored.pdf) {
        const locale = localeOf(org.locale);
        return c.body(stored.pdf.body, 200, {
          "content-type": "application/pdf",
          "content-disposition": `attachment; filename="${statementFileName(locale, month, "pdf")}"`,
          "cache-control": "private, no-store",
        });
      }
      if (!stored.pending) await startRendering(c.get("ports"), job);
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      return c.json({ status: "rendering" as const, retryAfter: RETRY_AFTER_SECONDS }, 202);
    },
  );
