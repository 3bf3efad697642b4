import { Icon } from "../components/ui/icon";
import { Link, redirect } from "react-router";
import { useTranslations } from "use-intl";
import { Alert } from "../components/alert";
import { buttonClass } from "../components/button";
import { HomeSearch, NewestListings } from "../components/home-search";
import { PublicHeader } from "../components/public-header";
import { getServer } from "../lib/context.server";
import { translate } from "../i18n/translate.server";
import { homePathFor, signedInUser } from "../lib/session.server";
import type { Route } from "./+types/home";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * The landing page is for signed-out visitors (a signed-in one goes to their home page), in the language
 * negotiated from the `rl_lang` cookie or Accept-Language; its title and description are in that language.
 * It opens on finding a home: a city search, the cities that have listings and the newest listings (one
 * public search, newest first: one D1 round trip, cached at the edge).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const me = await signedInUser(context);
  if (me) throw redirect(homePathFor(me));
  const t = translate(request, "home");
  const res = await getServer(context).api.public.listings.$get({ query: { sort: "newest", limit: "6" } });
  const found = res.ok ? await res.json() : { results: [], cities: [] };
  // Just erased their account (app/routes/account-delete.tsx): the page says so.
  const erased = new URL(request.url).searchParams.get("erased") === "1";
  return { title: t("pageTitle"), description: t("description"), newest: found.results, cities: found.cities, erased };
}

const FEATURES = ["portfolio", "rent", "live", "team"] as const;

export default function Landing({ loaderData }: Route.ComponentProps) {
  const { newest, cities } = loaderData;
  const t = useTranslations("home");
  const tFind = useTranslations("findHome");
  return (
    <div className="min-h-full bg-white">
      <PublicHeader>
        <nav aria-label={t("accountNav")} className="flex flex-wrap items-center gap-1">
          <Link to="/listings" className={buttonClass("ghost", "px-3")}>
            <Icon name="search" className="size-4" />
            {tFind("nav")}
          </Link>
          <Link to="/login" className={buttonClass("ghost", "px-3")}>
            {t("signIn")}
          </Link>
        </nav>
      </PublicHeader>
      <main>
        {loaderData.erased ? (
          <div className="mx-auto max-w-6xl px-4 pt-6 sm:px-6">
            <Alert tone="success">{t("erasedNotice")}</Alert>
          </div>
        ) : null}
        <section className="bg-gradient-to-b from-white to-teal-50/60">
          <div className="mx-auto max-w-6xl px-4 pt-10 pb-12 sm:px-6 sm:pt-16 sm:pb-16">
            <h1 className="max-w-3xl text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">
              {tFind("search.heading")}
            </h1>
            <p className="mt-4 max-w-2xl text-lg text-slate-700">{tFind("search.lead")}</p>
            <div className="mt-6 max-w-3xl">
              <HomeSearch cities={cities} />
            </div>
          </div>
        </section>
        <NewestListings results={newest} />
        <section aria-labelledby="landlords" className="border-t border-slate-200 bg-slate-50">
          <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
            <p className="text-sm font-semibold text-teal-800">{t("eyebrow")}</p>
            <h2
              id="landlords"
              className="mt-2 max-w-3xl text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-3xl"
            >
              {t("headline")}
            </h2>
            <p className="mt-4 max-w-2xl text-slate-700">{t("lead")}</p>
            <div className="mt-6 flex flex-col gap-3 sm:flex-row">
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
