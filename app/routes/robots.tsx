import type { Route } from "./+types/robots";

/** /robots.txt: listings are for search engines; the app behind sign-in is not. */
export function loader({ request }: Route.LoaderArgs) {
  const origin = new URL(request.url).origin;
  const body = [
    "User-agent: *",
    "Allow: /$",
    "Allow: /listings",
    "Disallow: /api/",
    "Disallow: /files/",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } });
}
