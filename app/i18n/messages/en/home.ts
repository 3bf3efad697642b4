import type { Messages } from "../shape";

export const home: Messages["home"] = {
  /** After deleting one's account (erasureForms), on the page it lands on. */
  erasedNotice: "Your account has been deleted. A confirmation was sent to your email address.",
  pageTitle: "Rentline — rental management for landlords and renters",
  description:
    "Properties, apartments, leases, rent and repairs in one place, for landlords, property managers and their renters.",
  accountNav: "Account",
  listings: "Listings",
  signIn: "Sign in",
  eyebrow: "Rental management, without the busywork",
  headline: "Run your rentals from one calm, clear place.",
  lead: "Rentline keeps your properties, apartments, leases, rent and repairs together, and gives your renters a simple home for everything about theirs.",
  signUpLandlord: "Sign up as a landlord",
  signUpRenter: "Sign up as a renter",
  featuresTitle: "Everything a rental needs",
  features: {
    portfolio: {
      title: "Your whole portfolio",
      body: "Properties and apartments with rents in any currency, organized for a solo landlord or a team of managers.",
    },
    rent: {
      title: "Rent you can trust",
      body: "An append-only ledger per lease. Payments are confirmed once, never counted twice.",
    },
    live: {
      title: "Live with your renters",
      body: "Each apartment has its own activity feed and chat, so nothing gets lost in email threads.",
    },
    team: {
      title: "Your team, your rules",
      body: "Invite owners, managers and maintenance staff. Everyone sees exactly what their role allows.",
    },
  },
};
