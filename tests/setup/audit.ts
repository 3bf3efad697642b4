import { env } from "cloudflare:workers";

/**
 * Every integration test is an audit test (issue 16 §2): each successful API write (POST, PUT, PATCH,
 * DELETE answered 2xx that changed business rows, as the `x-d1-changes` header counts them) must have left
 * an `audit_log` row carrying its request id, whichever test made it (worker/lib/audit-writes.ts).
 */

/** Throws when `request` was an API write answered 2xx without an audit row for its request id. */
export async function requireAuditRow(request: Request, res: Response): Promise<void> {
  if (!["POST", "PUT", "PATCH", "DELETE"].includes(request.method) || res.status >= 300) return;
  const path = new URL(request.url).pathname;
  if (!path.startsWith("/api/")) return;
  // A request that changed no business row (a repeated PATCH, a render already running) has nothing to record.
  if (Number(res.headers.get("x-d1-changes") ?? "0") === 0) return;
  const id = res.headers.get("x-request-id");
  const row = await env.DB.prepare("select 1 from audit_log where request_id = ?").bind(id).first();
  if (!row)
    throw new Error(`${request.method} ${path} answered ${res.status} without an audit_log row (request ${id})`);
}
