/** The origin the app was last served from, locally (one dev process serves pages, queues and crons). */
let servedOrigin: string | undefined;

/** Locally (lib/context.ts `appUrl`): remembers the origin a request came to; returns it. */
export function rememberServedOrigin(origin: string): string {
  servedOrigin = origin;
  return origin;
}

/**
 * The origin for links a queue consumer or a cron builds (no request): the configured APP_URL when deployed;
 * locally (APP_ENV development), the origin the app is being served from (the last request's: a dev server
 * on another port than APP_URL's), APP_URL before any request.
 */
export function jobAppUrl(env: Pick<Env, "APP_ENV" | "APP_URL">): string {
  return env.APP_ENV === "development" && servedOrigin ? servedOrigin : env.APP_URL;
}
