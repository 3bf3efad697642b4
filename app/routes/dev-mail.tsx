import { Form, Link } from "react-router";
import { useTranslations } from "use-intl";
import { Button } from "../components/button";
import { TextField } from "../components/field";
import { Logo } from "../components/logo";
import { EmptyState } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formatDateTime } from "../../worker/lib/i18n/format";
import type { Route } from "./+types/dev-mail";
import { translatedMeta } from "../i18n/meta";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => [
  ...translatedMeta(loaderData),
  { name: "robots", content: "noindex" },
];

/** Mail times on the clock of France (our market), labelled. */
const MAIL_TIME_ZONE = "Europe/Paris";

/** The local mailbox (development only): the API answers 404 elsewhere, and so does this page. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const to = new URL(request.url).searchParams.get("to")?.trim() || undefined;
  const res = await getServer(context).api.dev.mail.$get({ query: to ? { to } : {} });
  if (!res.ok) return throwApiError(res, request);
  const { results } = await res.json();
  return {
    title: pageTitle(request, translate(request, "devMail")("pageTitle")),
    to: to ?? "",
    mails: results.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt)),
  };
}

const URL_PATTERN = /(https?:\/\/[^\s<>"')]+)/g;

/** Plain-text mail with its links clickable. */
function TextWithLinks({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a
            key={i}
            href={part}
            className="break-all text-teal-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-teal-700"
          >
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export default function DevMail({ loaderData }: Route.ComponentProps) {
  const { to, mails } = loaderData;
  const formatLocale = useFormatLocale();
  const t = useTranslations("devMail");
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <Logo />
      <h1 className="mt-6 text-2xl font-semibold tracking-tight text-slate-900">{t("pageTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <Form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <TextField
          label={t("recipient")}
          name="to"
          type="email"
          defaultValue={to}
          className="min-w-0 flex-1"
          placeholder={t("placeholder")}
        />
        <Button variant="secondary">{t("filter")}</Button>
        {to ? (
          <Link to="/dev/mail" className="py-2 text-sm text-teal-800 underline">
            {t("showAll")}
          </Link>
        ) : null}
      </Form>
      <div className="mt-6 space-y-4">
        {mails.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        ) : (
          mails.map((mail) => (
            <article
              key={mail.id}
              aria-labelledby={`mail-${mail.id}`}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
            >
              <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h2 id={`mail-${mail.id}`} className="font-semibold text-slate-900">
                  {mail.subject}
                </h2>
                <time dateTime={mail.createdAt} className="text-sm text-slate-600">
                  {formatDateTime(mail.createdAt, formatLocale, MAIL_TIME_ZONE)}
                </time>
              </header>
              <p className="mt-1 text-sm break-all text-slate-600">{t("to", { to: mail.to })}</p>
              <pre className="mt-4 font-sans text-sm whitespace-pre-wrap break-words text-slate-800">
                <TextWithLinks text={mail.text} />
              </pre>
            </article>
          ))
        )}
      </div>
    </div>
  );
}
