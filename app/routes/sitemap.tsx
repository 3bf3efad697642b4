import { getServer } from "../lib/context.server";
import type { Route } from "./+types/sitemap";

/** /sitemap.xml: the home page, the search page and every published listing. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const origin = new URL(request.url).origin;
  const res = await getServer(context).api.public.sitemap.$get();
  const { listings } = res.ok ? await res.json() : { listings: [] };
  const url = (loc: string, lastmod?: string) =>
    `<url><loc>${origin}${loc}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ""}</url>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[url("/"), url("/listings"), ...listings.map((l) => url(`/listings/${l.id}`, l.updatedAt))].join("")}</urlset>\n`;
  return new Response(xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
