/** Redaction of secret-bearing keys, shared by the logger (log.ts) and error reports (error-reporting.ts). */
const secretKey = /pass|token|secret|authorization|cookie|ticket|signature|code_verifier/i;

/** A copy of `value` with secret-bearing keys (passwords, tokens, keys) replaced, at any depth. */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object") return value;
  // Past the depth limit nothing is walked, so nothing is printed: an unchecked object could hold a secret.
  if (depth > 4) return "[truncated]";
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, secretKey.test(k) ? "[redacted]" : redact(v, depth + 1)]),
  );
}
