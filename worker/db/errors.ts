/**
 * True when `error` (a D1 error, possibly wrapped by drizzle in `cause`) is SQLite's unique-constraint
 * failure on `target`: a table (`"users"`, any of its unique keys) or one column (`"users.email"`).
 * SQLite names the constraint as `UNIQUE constraint failed: table.col[, table.col2]`.
 */
export function isUniqueViolation(error: unknown, target: string): boolean {
  const message = messagesOf(error).find((m) => m.includes("UNIQUE constraint failed:"));
  if (!message) return false;
  const columns = message
    .slice(message.indexOf("UNIQUE constraint failed:") + "UNIQUE constraint failed:".length)
    .split(":")[0]!
    .split(",")
    .map((c) => c.trim());
  return target.includes(".") ? columns.includes(target) : columns.some((c) => c.startsWith(`${target}.`));
}

function messagesOf(error: unknown, depth = 0): string[] {
  if (depth > 4 || error === null || error === undefined) return [];
  if (error instanceof Error) return [error.message, ...messagesOf(error.cause, depth + 1)];
  if (typeof error === "string") return [error];
  if (typeof error === "object" && "message" in error && typeof error.message === "string") return [error.message];
  return [];
}
