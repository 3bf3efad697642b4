import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { IntlProvider } from "use-intl";
import { describe, expect, it } from "vitest";
import { MaintenanceStepText } from "../../app/components/maintenance/feed-step";
import { ALL_MESSAGES } from "../../app/i18n/messages/all.server";
import { formatTimeZone } from "../../worker/lib/i18n/format";
import type { Locale } from "../../worker/lib/i18n/locales";

/** `element`'s text on a page in `locale` (the root loader's format locale being the bare language). */
function textOf(element: ReactNode, locale: Locale): string {
  const router = createMemoryRouter([{ id: "root", path: "/", element, loader: () => null }], {
    hydrationData: { loaderData: { root: { formatLocale: locale } } },
  });
  const html = renderToStaticMarkup(
    createElement(IntlProvider, {
      locale,
      messages: ALL_MESSAGES[locale],
      timeZone: "UTC",
      children: createElement(RouterProvider, { router }),
    }),
  );
  return html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&#x27;", "'")
    .replaceAll("&amp;", "&");
}

const visit = { date: "2026-12-03", from: "08:00", to: "10:00", timezone: "Europe/Paris" };

/**
 * Issue 13 §4: a renter abroad sees the apartment's time, labelled. The apartment feed's "visit scheduled"
 * step (home-detail's feed, the renter's side) names the zone of its window, in the reader's language.
 */
describe("renter-facing times carry their zone", () => {
  it.each([
    ["fr", "d’Europe centrale"],
    ["en", "Central European"],
    ["uk", "центральноєвропейським"],
  ] as const)("%s: the feed's visit window names the zone", (locale, zone) => {
    const text = textOf(
      createElement(MaintenanceStepText, { facts: { event: "scheduled", title: "Fuite", visit } }),
      locale,
    );
    expect(text).toContain("08:00–10:00");
    expect(text).toContain(zone);
    expect(text).toContain(`08:00–10:00 (${formatTimeZone("Europe/Paris", locale)})`);
  });

  it("he: the zone is named too", () => {
    const text = textOf(
      createElement(MaintenanceStepText, { facts: { event: "scheduled", title: "Fuite", visit } }),
      "he",
    );
    expect(text).toContain(formatTimeZone("Europe/Paris", "he"));
    expect(text).toContain("אירופה");
  });
});
