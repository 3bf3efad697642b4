import { Link, redirect } from "react-router";
import { buttonClass } from "../components/button";
import { Logo } from "../components/logo";
import { homePathFor, signedInUser } from "../lib/session.server";
import type { Route } from "./+types/home";

export const meta: Route.MetaFunction = () => [
  { title: "Rentline — rental management for landlords and renters" },
  {
    name: "description",
    content:
      "Properties, apartments, leases, rent and repairs in one place, for landlords, property managers and their renters.",
  },
];

/** The landing page is for signed-out visitors: a signed-in one goes to their home page. */
export async function loader({ context }: Route.LoaderArgs) {
  const me = await signedInUser(context);
  if (me) throw redirect(homePathFor(me));
  return null;
}

const features = [
  {
    title: "Your whole portfolio",
    body: "Properties and apartments with rents in any currency, organized for a solo landlord or a team of managers.",
  },
  {
    title: "Rent you can trust",
    body: "An append-only ledger per lease. Payments are confirmed once, never counted twice.",
  },
  {
    title: "Live with your renters",
    body: "Each apartment has its own activity feed and chat, so nothing gets lost in email threads.",
  },
  {
    title: "Your team, your rules",
    body: "Invite owners, managers and maintenance staff. Everyone sees exactly what their role allows.",
  },
];

export default function Landing() {
  return (
    <div className="min-h-full bg-white">
      <header className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Logo />
        <nav aria-label="Account" className="flex items-center gap-2">
          <Link to="/login" className={buttonClass("ghost")}>
            Sign in
          </Link>
        </nav>
      </header>
      <main>
        <section className="bg-gradient-to-b from-white to-teal-50/60">
          <div className="mx-auto max-w-6xl px-4 pt-12 pb-16 sm:px-6 sm:pt-20 sm:pb-24">
            <p className="text-sm font-semibold text-teal-800">Rental management, without the busywork</p>
            <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">
              Run your rentals from one calm, clear place.
            </h1>
            <p className="mt-5 max-w-2xl text-lg text-slate-700">
              Rentline keeps your properties, apartments, leases, rent and repairs together, and gives your renters a
              simple home for everything about theirs.
            </p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row">
              <Link to="/signup?type=landlord" className={buttonClass("primary", "px-5 py-3 text-base")}>
                Sign up as a landlord
              </Link>
              <Link to="/signup?type=renter" className={buttonClass("secondary", "px-5 py-3 text-base")}>
                Sign up as a renter
              </Link>
            </div>
          </div>
        </section>
        <section aria-labelledby="features" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="features" className="text-2xl font-semibold tracking-tight text-slate-900">
            Everything a rental needs
          </h2>
          <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {features.map((f) => (
              <li key={f.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
                <h3 className="font-semibold text-slate-900">{f.title}</h3>
                <p className="mt-2 text-sm text-slate-600">{f.body}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="border-t border-slate-200">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600 sm:px-6">© Rentline</div>
      </footer>
    </div>
  );
}
