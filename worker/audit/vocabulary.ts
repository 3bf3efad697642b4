/**
 * The key of an audit action in the UI's `auditActions` catalogue: a request's own row
 * (`PATCH /api/apartments/:id`) by its method and route, `PATCH_apartments_id`; a domain event
 * (`payment.confirmed`) by its name, `payment_confirmed`. Every run of characters other than letters and
 * digits becomes one `_` (the catalogue's keys cannot hold dots, slashes or colons). No zod in this module:
 * the audit pages' browser code imports it (issue 17 §5).
 */
export function auditLabelKey(action: string): string {
  const route = /^(POST|PUT|PATCH|DELETE) \/api\/(.*)$/.exec(action);
  const text = route ? `${route[1]} ${route[2]}` : action;
  return text.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "");
}
