import { data } from "react-router";
import { closedListingExtras } from "../../worker/listings/contract";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";

/**
 * The listing page's answer for a closed listing (the API's 410 `listing_closed`, docs/decisions/0007):
 * the page says the home is no longer available and offers the similar listings the API sent, with the
 * HTTP status 410 so search engines drop the URL. `home` is the signed-in visitor's home page, else null.
 */
export async function closedListingPage(res: { json(): Promise<unknown> }, request: Request, home: string | null) {
  const parsed = closedListingExtras.safeParse(await res.json());
  const { listing, similar } = parsed.success ? parsed.data : { listing: { id: "", title: "", city: "" }, similar: [] };
  const t = translate(request, "findHome");
  const head = { title: pageTitle(request, t("closed.pageTitle")), description: t("closed.title") };
  return data({ closed: { listing, similar }, head, home }, { status: 410 });
}
