import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { useTranslations } from "use-intl";
import { buttonClass } from "./button";
import { errorCaseOf } from "../lib/error-cases";

type Explained = { status: number; code?: string };

/**
 * The status and problem code of what went wrong. The API's `detail` is English: pages show their own
 * sentence for the status or code instead, in the page's language.
 */
function explain(error: unknown): Explained {
  if (!isRouteErrorResponse(error)) return { status: 500 };
  const body: unknown = error.data;
  if (body && typeof body === "object" && "code" in body && typeof body.code === "string")
    return { status: error.status, code: body.code };
  return { status: error.status };
}

/**
 * The one error boundary, for the root and for every page inside the app shell (so the navigation stays
 * on screen): a disabled org, a foreign or missing id, or a crash, each explained in plain words, with a
 * page title in the same language.
 */
export function RouteErrorBoundary() {
  const t = useTranslations("errors");
  const shell = useTranslations("shell");
  const explained = explain(useRouteError());
  const which = errorCaseOf(explained);
  const disabled = which === "orgDisabled";
  const title = t(`${which}.title`);
  return (
    <div className="mx-auto max-w-xl py-12 text-center sm:py-20">
      <title>{shell("pageTitle", { title })}</title>
      <p className={`text-sm font-semibold ${disabled ? "text-amber-800" : "text-teal-800"}`}>
        {disabled ? t("accessPaused") : t("status", { status: explained.status })}
      </p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-4 text-base text-slate-700">{t(`${which}.body`)}</p>
      {disabled ? <p className="mt-2 text-sm text-slate-600">{t("orgDisabled.note")}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link to="/" className={buttonClass("primary")}>
          {t("back")}
        </Link>
        {disabled ? (
          <a href="mailto:support@rentline.app" className={buttonClass("secondary")}>
            {t("contact")}
          </a>
        ) : null}
      </div>
    </div>
  );
}
