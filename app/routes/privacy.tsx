import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { periodParts, RETENTION_POLICY, type RetentionPeriod } from "../../worker/privacy/vocabulary";
import { linkClass } from "../components/button";
import { PublicHeader } from "../components/public-header";
import { translatedMeta } from "../i18n/meta";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/privacy";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The CNIL's complaint page (GDPR art. 77: the right to lodge a complaint with a supervisory authority). */
const CNIL_COMPLAINT_URL = "https://www.cnil.fr/fr/adresser-une-plainte";

/**
 * Public, no sign-in: the page title and description in the request's language, and the controller's name
 * and privacy contact (GDPR art. 13(1)(a): `OPERATOR_NAME`, `PRIVACY_EMAIL` in wrangler.toml).
 */
export function loader({ request, context }: Route.LoaderArgs) {
  const t = translate(request, "privacy");
  const { env } = getServer(context);
  return {
    title: pageTitle(request, t("pageTitle")),
    description: t("description"),
    operator: { name: env.OPERATOR_NAME, email: env.PRIVACY_EMAIL },
  };
}

/** A period in words: "90 days", "12 months", "10 years", or "deleted at once" for `P0D`. */
function usePeriodWords() {
  const t = useTranslations("privacy");
  return (period: RetentionPeriod) => {
    const { amount, unit } = periodParts(period);
    if (unit === "days") return t("periodDays", { amount });
    return unit === "months" ? t("periodMonths", { amount }) : t("periodYears", { amount });
  };
}

/** One rule of the retention table (worker/privacy/contract.ts) as a card: what, how long, from when, why, on what grounds. */
function RetentionRule({ rule }: { rule: (typeof RETENTION_POLICY)[number] }) {
  const t = useTranslations("privacy");
  const periodWords = usePeriodWords();
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-rule={rule.id}>
      <h3 className="font-semibold text-slate-900">{t(`rules.${rule.id}.what`)}</h3>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600">{t("howLong")}</dt>
        <dd className="text-slate-900">{periodWords(rule.period)}</dd>
        <dt className="font-medium text-slate-600">{t("from")}</dt>
        <dd className="text-slate-900">{t(`events.${rule.from}`)}</dd>
        <dt className="font-medium text-slate-600">{t("why")}</dt>
        <dd className="text-slate-900">{t(`rules.${rule.id}.why`)}</dd>
        <dt className="font-medium text-slate-600">{t("basis")}</dt>
        <dd className="text-slate-900">
          <ul className="list-disc ps-5">
            {rule.sources.map((source) => (
              <li key={source}>{t(`sources.${source}`)}</li>
            ))}
          </ul>
        </dd>
      </dl>
    </li>
  );
}

/**
 * /privacy (issue 16 §4): who is responsible for the data, the rights and where to use them (the account
 * page: export and erasure), and the retention table generated from the rules the daily job enforces.
 * Linked from the sign-up page.
 */
export default function Privacy({ loaderData: { operator } }: Route.ComponentProps) {
  const t = useTranslations("privacy");
  return (
    <>
      <PublicHeader width="max-w-3xl" />
      <main className="mx-auto max-w-3xl space-y-8 p-4 sm:p-6">
        <header className="space-y-3">
          <h1 className="text-2xl font-semibold">{t("pageTitle")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </header>
        <section className="space-y-2" aria-labelledby="privacy-controller">
          <h2 id="privacy-controller" className="text-lg font-semibold">
            {t("controllerTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("controller", { operator: operator.name })}</p>
          <p className="text-sm text-slate-700">
            {t.rich("contact", {
              address: operator.email,
              link: (chunks) => (
                <a href={`mailto:${operator.email}`} className={linkClass} dir="ltr">
                  {chunks}
                </a>
              ),
            })}
          </p>
        </section>
        <section className="space-y-2" aria-labelledby="privacy-rights">
          <h2 id="privacy-rights" className="text-lg font-semibold">
            {t("rightsTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("rights")}</p>
          <ul className="space-y-1 text-sm">
            <li>
              <Link to="/account" className={linkClass}>
                {t("accountLink")}
              </Link>
            </li>
            <li>
              <a href={CNIL_COMPLAINT_URL} className={linkClass} rel="noreferrer">
                {t("cnilLink")}
              </a>
            </li>
          </ul>
        </section>
        <section className="space-y-3" aria-labelledby="privacy-retention">
          <h2 id="privacy-retention" className="text-lg font-semibold">
            {t("tableTitle")}
          </h2>
          <ul className="space-y-3" data-testid="retention-rules">
            {RETENTION_POLICY.map((rule) => (
              <RetentionRule key={rule.id} rule={rule} />
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
