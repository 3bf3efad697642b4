/**
 * Structured JSON logs, one object per line, always with the request id.
 * Keys that could carry secrets are redacted before anything is printed.
 */
const secretKey = /pass|token|secret|authorization|cookie|ticket|signature|code_verifier/i;

export type Logger = {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

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

/** A JSON-lines logger whose every line carries `base` (request id, queue, cron), redacted. */
export function createLogger(base: Record<string, unknown>): Logger {
  const write = (level: string, msg: string, fields?: Record<string, unknown>) => {
    const line = JSON.stringify({
      level,
      msg,
      time: new Date().toISOString(),
      ...base,
      ...(redact(fields ?? {}) as object),
    });
    if (level === "error") console.error(line);
    else if (level === "warn") console.warn(line);
    else console.log(line);
  };
  return {
    info: (msg, fields) => write("info", msg, fields),
    warn: (msg, fields) => write("warn", msg, fields),
    error: (msg, fields) => write("error", msg, fields),
  };
}
