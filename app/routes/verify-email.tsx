import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../components/alert";
import { AuthLayout } from "../components/auth-layout";
import { buttonClass } from "../components/button";
import { readProblem } from "../lib/api.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { safeNext, withNext } from "../lib/safe-next";
import type { Route } from "./+types/verify-email";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * The link from the confirmation email: confirms on arrival and says how it went; "Continue" goes to the
 * link's `next` (a path on this site: the page the person was on when they signed up), else home. The
 * sentences are in the request's language; an unexpected refusal gets a general one, never the API's detail.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api, signedIn } = getServer(context);
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const next = safeNext(url.searchParams.get("next"), "/");
  const continueTo = signedIn ? next : withNext("/login", next === "/" ? null : next);
  const t = translate(request, "auth");
  const page = {
    signedIn,
    continueTo,
    title: translate(request, "shell")("pageTitle", { title: t("verifyEmail.pageTitle") }),
  };
  if (token.length < 10 || token.length > 200)
    return { ...page, ok: false as const, message: t("verifyEmail.incomplete") };
  const res = await api.auth["verify-email"].$post({ json: { token } });
  if (res.ok) return { ...page, ok: true as const, message: t("verifyEmail.done") };
  const problem = await readProblem(res, request);
  return {
    ...page,
    ok: false as const,
    message: problem.code === "invalid_token" ? t("verifyEmail.invalid") : t("verifyEmail.error"),
  };
}

export default function VerifyEmail({ loaderData }: Route.ComponentProps) {
  const { ok, signedIn, continueTo, message } = loaderData;
  const t = useTranslations("auth.verifyEmail");
  return (
    <AuthLayout title={ok ? t("confirmed") : t("failed")}>
      <Alert tone={ok ? "success" : "warning"}>{message}</Alert>
      <div className="mt-6">
        <Link to={continueTo} className={buttonClass("primary", "w-full")}>
          {signedIn ? t("continue") : t("signIn")}
        </Link>
      </div>
    </AuthLayout>
  );
}
