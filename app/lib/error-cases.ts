/**
 * Which explanation a refused request gets (the `errors` catalogue's cases), from its HTTP status and
 * problem code: the one rule for the error boundary (app/components/route-error.tsx) and for the small pages
 * of file downloads (app/lib/file-pages.server.ts).
 */
export type ErrorCase = "orgDisabled" | "banned" | "noOrg" | "notFound" | "forbidden" | "tooMany" | "server" | "other";

export function errorCaseOf({ status, code }: { status: number; code?: string | null }): ErrorCase {
  if (code === "org_disabled") return "orgDisabled";
  if (code === "user_banned") return "banned";
  if (code === "no_org") return "noOrg";
  if (status === 404) return "notFound";
  if (status === 403) return "forbidden";
  if (status === 429) return "tooMany";
  if (status >= 500) return "server";
  return "other";
}
