import { Link } from "react-router";
import { Alert } from "../components/alert";
import { AuthLayout } from "../components/auth-layout";
import { buttonClass } from "../components/button";
import { readProblem } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { safeNext, withNext } from "../lib/safe-next";
import type { Route } from "./+types/verify-email";

export const meta: Route.MetaFunction = () => [{ title: "Confirm your email — Rentline" }];

/**
 * The link from the confirmation email: confirms on arrival and says how it went; "Continue" goes to the
 * link's `next` (a path on this site: the page the person was on when they signed up), else home.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api, signedIn } = getServer(context);
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const next = safeNext(url.searchParams.get("next"), "/");
  const continueTo = signedIn ? next : withNext("/login", next === "/" ? null : next);
  if (token.length < 10 || token.length > 200)
    return {
      ok: false as const,
      signedIn,
      continueTo,
      message: "This confirmation link is incomplete. Open the link from the email again, or ask for a new one.",
    };
  const res = await api.auth["verify-email"].$post({ json: { token } });
  if (res.ok)
    return { ok: true as const, signedIn, continueTo, message: "Your email address is confirmed. Thank you!" };
  const problem = await readProblem(res, request);
  return {
    ok: false as const,
    signedIn,
    continueTo,
    message:
      problem.code === "invalid_token"
        ? "This confirmation link is invalid, has expired or was already used. If your address is not confirmed yet, ask for a new link from your account."
        : problem.detail,
  };
}

export default function VerifyEmail({ loaderData }: Route.ComponentProps) {
  const { ok, signedIn, continueTo, message } = loaderData;
  return (
    <AuthLayout title={ok ? "Email confirmed" : "We could not confirm your email"}>
      <Alert tone={ok ? "success" : "warning"}>{message}</Alert>
      <div className="mt-6">
        <Link to={continueTo} className={buttonClass("primary", "w-full")}>
          {signedIn ? "Continue to Rentline" : "Sign in"}
        </Link>
      </div>
    </AuthLayout>
  );
}
