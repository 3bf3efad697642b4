import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

/**
 * A readable API reference rendered on the server from the OpenAPI 3.1 document (the zod schemas are
 * the single source): one section per tag, each operation with its summary, parameters, body fields and
 * answers. Every value is escaped by hono/html.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  $ref?: string;
  description?: string;
  format?: string;
  anyOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};
type Operation = {
  tags?: string[];
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string }>;
};
type Document = {
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};
type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

function typeOf(schema: Schema | undefined, doc: Document): string {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop() ?? "";
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s, doc)).join(" | ");
  if (schema.type === "array") return `${typeOf(schema.items, doc)}[]`;
  const limits = [
    schema.minLength !== undefined && `min ${schema.minLength}`,
    schema.maxLength !== undefined && `max ${schema.maxLength}`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
  ].filter(Boolean);
  return `${[schema.type].flat().join(" | ")}${schema.format ? ` (${schema.format})` : ""}${limits.length ? ` — ${limits.join(", ")}` : ""}`;
}

function fields(schema: Schema | undefined, doc: Document): Markup | "" {
  const resolved = schema?.$ref ? doc.components?.schemas?.[schema.$ref.split("/").pop() ?? ""] : schema;
  if (!resolved?.properties) return "";
  const rows = Object.entries(resolved.properties).map(
    ([name, s]) =>
      html`<tr>
        <td><code>${name}</code>${resolved.required?.includes(name) ? "" : html` <small>optional</small>`}</td>
        <td>${typeOf(s, doc)}</td>
        <td>${s.description ?? ""}</td>
      </tr>`,
  );
  return html`<table>
    <thead>
      <tr>
        <th>field</th>
        <th>type</th>
        <th></th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function operation(base: string, path: string, method: string, op: Operation, doc: Document): Markup {
  const params = (op.parameters ?? []).map(
    (p) => html`<li><code>${p.name}</code> (${p.in}${p.required ? ", required" : ""}): ${typeOf(p.schema, doc)}</li>`,
  );
  const body = op.requestBody?.content?.["application/json"]?.schema;
  const responses = Object.entries(op.responses ?? {}).map(
    ([status, r]) => html`<li><b>${status}</b> ${r.description ?? ""}</li>`,
  );
  return html`<section class="op" id="${op.operationId ?? ""}">
    <h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${base}${path}</code> ${op.summary ?? ""}</h3>
    ${op.description ? html`<p>${op.description}</p>` : ""}${
      params.length
        ? html`<h4>Parameters</h4>
            <ul>
              ${params}
            </ul>`
        : ""
    }${
      body
        ? html`<h4>JSON body</h4>
            ${fields(body, doc)}`
        : ""
    }
    <h4>Responses</h4>
    <ul>
      ${responses}
    </ul>
  </section>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:0 auto;padding:16px;color:#0f172a}code{font:13px ui-monospace,monospace}
.op{border:1px solid #cbd5e1;border-radius:8px;padding:8px 16px;margin:12px 0;background:#fff}.m{display:inline-block;min-width:64px;font-size:12px;padding:2px 6px;border-radius:4px;color:#fff;background:#334155}
.get{background:#1d4ed8}.post{background:#047857}.patch{background:#b45309}.delete{background:#b91c1c}table{border-collapse:collapse;width:100%;overflow-x:auto;display:block}td,th{border-bottom:1px solid #e2e8f0;padding:4px 8px;text-align:left}`;

/** The reference page for `doc`: paths are shown under the document's first server URL (`/api`). */
export function renderApiDocs(doc: Document): Markup {
  const base = doc.servers?.[0]?.url ?? "";
  const byTag = new Map<string, Markup[]>();
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(base, path, method, op, doc)]);
    }
  }
  const describe = (tag: string) => doc.tags?.find((t) => t.name === tag)?.description ?? "";
  const nav = [...byTag.keys()].map((t, i) => html`${i ? " · " : ""}<a href="#${t}">${t}</a>`);
  const sections = [...byTag.entries()].map(
    ([tag, ops]) =>
      html`<h2 id="${tag}">${tag}</h2>
        <p>${describe(tag)}</p>
        ${ops}`,
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Rentline API</title>
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <h1>Rentline API</h1>
        <p>
          JSON under <code>/api</code>, camelCase fields. Authenticate with
          <code>Authorization: Bearer &lt;accessToken&gt;</code> (from <code>POST /api/auth/login</code>); pick the org
          with <code>X-Org-Id</code> when you belong to several. Lists take <code>?page=&amp;limit=</code> and answer
          <code>{results, total, page, limit}</code>. Errors are RFC 9457 problem details with a stable
          <code>code</code>. Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
        </p>
        <nav>${nav}</nav>
        ${sections}
      </body>
    </html>`;
}
