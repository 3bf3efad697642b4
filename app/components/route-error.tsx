import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { buttonClass } from "./button";

type Explained = { status: number; code?: string; detail?: string };

function explain(error: unknown): Explained {
  if (!isRouteErrorResponse(error)) return { status: 500 };
  const body: unknown = error.data;
  // Pages throw plain sentences; the router's own errors (no matching route, …) are not for visitors.
  if (typeof body === "string") return { status: error.status, detail: body.startsWith("Error: ") ? undefined : body };
  if (body && typeof body === "object") {
    const { code, detail } = body as { code?: unknown; detail?: unknown };
    return {
      status: error.status,
      code: typeof code === "string" ? code : undefined,
      detail: typeof detail === "string" ? detail : undefined,
    };
  }
  return { status: error.status, detail: error.statusText || undefined };
}

function copy({ status, code, detail }: Explained): { title: string; body: string } {
  if (code === "org_disabled")
    return {
      title: "This organization is disabled",
      body: detail ?? "Rentline has disabled this organization. Contact support to restore access.",
    };
  if (code === "user_banned") return { title: "Account suspended", body: detail ?? "This account has been suspended." };
  if (code === "no_org")
    return {
      title: "No organization yet",
      body: "This account does not belong to an organization. Create one, or ask an owner to invite you.",
    };
  if (status === 404)
    return { title: "Not found", body: detail ?? "This page does not exist, or it belongs to another organization." };
  if (status === 403) return { title: "Not allowed", body: detail ?? "Your role does not allow this." };
  if (status === 429) return { title: "Slow down", body: detail ?? "Too many attempts. Try again in a minute." };
  if (status >= 500)
    return { title: "Something went wrong", body: "Something went wrong on our side. Try again in a moment." };
  return { title: "That did not work", body: detail ?? "The request could not be completed." };
}

/**
 * The one error boundary, for the root and for every page inside the app shell (so the navigation stays
 * on screen): a disabled org, a foreign or missing id, or a crash, each explained in plain words.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const explained = explain(error);
  const { title, body } = copy(explained);
  const disabled = explained.code === "org_disabled";
  return (
    <div className="mx-auto max-w-xl py-12 text-center sm:py-20">
      <p className={`text-sm font-semibold ${disabled ? "text-amber-800" : "text-teal-800"}`}>
        {disabled ? "Access paused" : `Error ${explained.status}`}
      </p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-4 text-base text-slate-700">{body}</p>
      {disabled ? (
        <p className="mt-2 text-sm text-slate-600">
          Your data is kept safe while the organization is disabled. If you belong to other organizations, switch to one
          of them above.
        </p>
      ) : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link to="/" className={buttonClass("primary")}>
          Back to Rentline
        </Link>
        {disabled ? (
          <a href="mailto:support@rentline.app" className={buttonClass("secondary")}>
            Contact support
          </a>
        ) : null}
      </div>
    </div>
  );
}
