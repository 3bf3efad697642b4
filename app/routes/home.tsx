import { Link, redirect } from "react-router";
import { useTranslations } from "use-intl";
import { buttonClass } from "../components/button";
import { PublicHeader } from "../components/public-header";
import { translate } from "../i18n/translate.server";
import { homePathFor, signedInUser } from "../lib/session.server";
import type { Route } from "./+types/home";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * The landing page is for signed-out visitors (a signed-in one goes to their home page), in the language
 * negotiated from the `rl_lang` cookie or Accept-Language; its title and description are in that language.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const me = await signedInUser(context);
  if (me) throw redirect(homePathFor(me));
  const t = translate(request, "home");
  return { title: t("pageTitle"), description: t("description") };
}

const FEATURES = ["portfolio", "rent", "live", "team"] as const;

export default function Landing() {
  const t = useTranslations("home");
  return (
    <div className="min-h-full bg-white">
      <PublicHeader>
        <nav aria-label={t("accountNav")} className="flex items-center gap-2">
          <Link to="/listings" className={buttonClass("ghost")}>
            {t("listings")}
          </Link>
          <Link to="/login" className={buttonClass("ghost")}>
            {t("signIn")}
          </Link>
        </nav>
      </PublicHeader>
      <main>
        <section className="bg-gradient-to-b from-white to-teal-50/60">
          <div className="mx-auto max-w-6xl px-4 pt-12 pb-16 sm:px-6 sm:pt-20 sm:pb-24">
            <p className="text-sm font-semibold text-teal-800">{t("eyebrow")}</p>
            <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">
              {t("headline")}
            </h1>
            <p className="mt-5 max-w-2xl text-lg text-slate-700">{t("lead")}</p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row">
              <Link to="/signup?type=landlord" className={buttonClass("primary", "px-5 py-3 text-base")}>
                {t("signUpLandlord")}
              </Link>
              <Link to="/signup?type=renter" className={buttonClass("secondary", "px-5 py-3 text-base")}>
                {t("signUpRenter")}
              </Link>
            </div>
          </div>
        </section>
        <section aria-labelledby="features" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="features" className="text-2xl font-semibold tracking-tight text-slate-900">
            {t("featuresTitle")}
          </h2>
          <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {FEATURES.map((f) => (
              <li key={f} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
                <h3 className="font-semibold text-slate-900">{t(`features.${f}.title`)}</h3>
                <p className="mt-2 text-sm text-slate-600">{t(`features.${f}.body`)}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="border-t border-slate-200">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600 sm:px-6">
          © <span translate="no">Rentline</span>
        </div>
      </footer>
    </div>
  );
}
