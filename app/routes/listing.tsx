import { Link } from "react-router";
import { buttonClass, linkClass } from "../components/button";
import { Logo } from "../components/logo";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formatMoney } from "../../worker/lib/money";
import type { Route } from "./+types/listing";

/** A published listing, rendered on the server with its title, description and OpenGraph tags. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.public.listings[":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  return { listing: await res.json(), url: new URL(request.url).href };
}

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) return [{ title: "Listing not found — Rentline" }];
  const { listing, url } = loaderData;
  const title = `${listing.title} — ${listing.city} — Rentline`;
  const description =
    `${formatMoney(listing.rentAmount, listing.currency)} a month, available from ${listing.availableFrom}. ${listing.description}`.slice(
      0,
      160,
    );
  return [
    { title },
    { name: "description", content: description },
    { property: "og:type", content: "website" },
    { property: "og:title", content: listing.title },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { property: "og:site_name", content: "Rentline" },
    ...(listing.photos[0] ? [{ property: "og:image", content: new URL(listing.photos[0].url, url).href }] : []),
    { tagName: "link", rel: "canonical", href: url },
  ];
}

export default function Listing({ loaderData }: Route.ComponentProps) {
  const { listing } = loaderData;
  const money = (n: number) => formatMoney(n, listing.currency);
  return (
    <div className="min-h-full bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3 sm:px-6">
          <Logo />
          <Link to="/listings" className={linkClass}>
            All listings
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-4xl space-y-5 p-4 sm:p-6">
        <div>
          <p className="text-sm text-slate-600">
            {listing.city} · {listing.address}
          </p>
          <h1 className="text-2xl font-semibold break-words">{listing.title}</h1>
          <p className="mt-1 text-lg font-medium text-teal-800">
            {money(listing.rentAmount)} / month
            {listing.chargesAmount ? ` + ${money(listing.chargesAmount)} charges` : ""} · deposit{" "}
            {money(listing.depositAmount)}
          </p>
          <p className="text-sm text-slate-700">Available from {listing.availableFrom}</p>
        </div>
        {listing.photos.length > 0 && (
          <div className="flex snap-x gap-2 overflow-x-auto">
            {listing.photos.map((p, i) => (
              <img
                key={p.id}
                src={p.url}
                alt={`${listing.title}, photo ${i + 1}`}
                loading={i ? "lazy" : "eager"}
                className="h-56 w-auto max-w-full snap-start rounded-lg object-cover"
              />
            ))}
          </div>
        )}
        <p className="whitespace-pre-line text-slate-800">{listing.description}</p>
        <section className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">Places</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {listing.rooms.map((r) => (
              <li key={r.id}>
                {r.name}: {money(r.rentAmount)} · {Math.max(0, r.capacity - r.filled)} of {r.capacity} free
              </li>
            ))}
          </ul>
          <h2 className="mt-4 font-semibold">To apply</h2>
          <p className="text-sm text-slate-700">
            {listing.guarantorsRequired
              ? `${listing.guarantorsRequired} guarantor${listing.guarantorsRequired > 1 ? "s" : ""}`
              : "No guarantor"}
            {listing.requiredDocuments.length
              ? ` · documents: ${listing.requiredDocuments.join(", ").replaceAll("_", " ")}`
              : ""}
          </p>
          <Link to={`/listings/${listing.id}/apply`} className={`${buttonClass()} mt-3`}>
            Apply
          </Link>
        </section>
      </main>
    </div>
  );
}
