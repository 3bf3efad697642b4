import { useTranslations } from "use-intl";
import { formatDateTime } from "../../../worker/lib/i18n/format";
import { useIsolate } from "../../i18n/bidi";
import { lazyPart } from "../../lib/lazy-part";
import { Disclosure } from "../ui/disclosure";
import type { Comment } from "./types";
import { useFormatLocale } from "../../i18n/format-locale";
import { usePersonName } from "../../i18n/person-name";

// The composer (its photo picker, Conform) loads when the reader opens it: not in the page's first JavaScript
// (issue 17 §5); reading the thread needs none of it.
const { Part: CommentForm } = lazyPart("maintenance.comment-form", () =>
  import("./comment-form").then((m) => m.CommentForm),
);

/**
 * The request's thread (renter, staff, vendor), each message with its photos; when allowed, "Write a message"
 * below opens the composer (it stays open after sending, emptied, for the next one).
 */
export function Comments({
  comments,
  timeZone,
  canComment,
}: {
  comments: Comment[];
  timeZone: string;
  canComment: boolean;
}) {
  const t = useTranslations("maintenanceRequest.comments");
  const personName = usePersonName();
  const formatLocale = useFormatLocale();
  const bidi = useIsolate();
  // Every author named with their part: renter, contractor, or their role in the org (owner, manager, maintenance).
  const author = (c: Comment) => {
    const role = c.authorKind === "staff" ? (c.authorRole ?? "staff") : c.authorKind;
    return t(`authorAs.${role}`, { name: bidi(personName(c.authorName)) });
  };
  return (
    <section
      aria-labelledby="comments-title"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="comments-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {comments.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("empty")}</p> : null}
      <ul className="mt-3 space-y-3" data-testid="comments">
        {comments.map((c) => (
          <li key={c.id} className="rounded-lg bg-slate-50 p-3">
            <p className="text-xs text-slate-600">
              <span className="font-semibold text-slate-800">{author(c)}</span> ·{" "}
              <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, formatLocale, timeZone)}</time>
            </p>
            <p className="mt-1 text-sm whitespace-pre-line text-slate-900" dir="auto">
              {c.text}
            </p>
            {c.photos.length ? (
              <ul className="mt-2 flex flex-wrap gap-2">
                {c.photos.map((p) => (
                  <li key={p.id}>
                    <a href={p.url} target="_blank" rel="noreferrer">
                      <img
                        src={p.thumbUrl}
                        alt={t("photoAlt", { name: personName(c.authorName) })}
                        loading="lazy"
                        className="size-20 rounded-lg object-cover ring-1 ring-slate-200"
                      />
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {canComment ? (
        <Disclosure summary={t("write")} className="mt-4 border-t border-slate-200 pt-4" testId="comment-composer">
          <CommentForm />
        </Disclosure>
      ) : null}
    </section>
  );
}
