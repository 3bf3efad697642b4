import type { Db } from "../db/client";
import type { Logger } from "./log";

/**
 * What services reach outside themselves through: one bag, built once per request (`requestContext` in
 * worker/app.ts) and once per queue batch or cron run (`portsOf`). Services take the parts they use
 * (`Pick<Ports, "db" | "queues">`), never `Env` or a Hono context.
 */
export type Ports = {
  db: Db;
  /** The R2 bucket holding documents, photos and PDFs. */
  docs: R2Bucket;
  queues: { email: Queue; pdf: Queue };
  /** The origin for links in emails (`https://…`, no trailing slash). */
  appUrl: string;
  /** The request id (or job id) that log lines and problems carry. */
  requestId: string;
  log: Logger;
};

/** The ports of a job or cron run (no request): the configured app URL, a fresh id. */
export function portsOf(env: Env, db: Db, log: Logger, requestId: string, appUrl: string = env.APP_URL): Ports {
  return { db, docs: env.DOCS, queues: { email: env.EMAIL_QUEUE, pdf: env.PDF_QUEUE }, appUrl, requestId, log };
}
