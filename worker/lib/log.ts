import { reportError } from "./error-reporting";
import { redact } from "./redact";

/**
 * Structured JSON logs, one object per line, always with the request id.
 * Keys that could carry secrets are redacted before anything is printed. Every error line is also reported
 * to Sentry when the invocation has a client (`SENTRY_DSN` set, worker/lib/error-reporting.ts), tagged with
 * `base` (the request id, queue, cron): its `error` field as the exception, the rest as extra data.
 */
export type Logger = {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

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
    error: (msg, fields) => {
      write("error", msg, fields);
      const { error, ...rest } = fields ?? {};
      reportError(error ?? msg, base, { msg, ...(redact(rest) as object) });
    },
  };
}
