import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { textDirection, type Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { isolateIn } from "../lib/i18n/bidi";

/** A rendered email: the subject, a plain-text part and an HTML part. */
export type RenderedEmail = { subject: string; text: string; html: string };

/** The email's one call to action: a button label and its link. */
export type EmailAction = { label: string; link: string };

/** Markup built by `html` with plain values only is synchronous; an async part would be a bug here. */
function markup(built: HtmlEscapedString | Promise<HtmlEscapedString>): string {
  if (built instanceof Promise) throw new Error("Email markup must not contain async parts");
  return built.toString();
}

/**
 * The one layout of every Rentline email: a heading (also the subject), paragraphs and one action button,
 * in `locale` (the HTML says its `lang`, and `dir="rtl"` for Hebrew so mail clients lay it out right to
 * left). The HTML part escapes every value through hono/html; the text part carries them verbatim.
 */
/**
 * People's text (an address, a name) inside a sentence in `locale`: a bidi isolate (U+2068…U+2069) in a
 * right-to-left language, so Latin words and numbers keep their order, and around right-to-left text in a
 * left-to-right language (worker/lib/i18n/bidi.ts `isolateIn`); as is otherwise.
 */
export const ownText = (locale: Locale, text: string) => isolateIn(locale, text);

export function layout(locale: Locale, heading: string, paragraphs: string[], action: EmailAction): RenderedEmail {
  const t = translator(locale, "email");
  const signature = t("layout.signature");
  const text = [
    heading,
    "",
    ...paragraphs,
    "",
    t("layout.action", { label: action.label, link: action.link }),
    "",
    signature,
  ].join("\n");
  const dir = textDirection(locale);
  const body = html`<!doctype html>
    <html lang="${locale}" dir="${dir}">
      <body
        dir="${dir}"
        style="font-family:system-ui,sans-serif;color:#111;max-width:560px;margin:auto;text-align:${
          dir === "rtl" ? "right" : "left"
        }"
      >
        <h1 style="font-size:20px">${heading}</h1>
        ${paragraphs.map((p) => html`<p>${p}</p> `)}
        <p>
          <a
            href="${action.link}"
            style="display:inline-block;background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none"
            >${action.label}</a
          >
        </p>
        <p style="color:#555;font-size:12px">${t("layout.fallbackLink", { link: action.link })}</p>
        <p style="color:#555;font-size:12px">${signature}</p>
      </body>
    </html>`;
  return { subject: heading, text, html: markup(body) };
}
