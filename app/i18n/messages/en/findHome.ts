import type { Messages } from "../shape";

export const findHome: Messages["findHome"] = {
  nav: "Find a home",
  search: {
    heading: "Find your next home",
    lead: "Listings from landlords who run their rentals on Rentline: apply online, sign the lease online, keep track of rent in one place.",
    form: "Search for a home",
    city: "City",
    cityPlaceholder: "Lyon, Paris, Bordeaux…",
    submit: "Search",
    popular: "Cities with listings",
    cityListings: "{city}: {count, plural, one {# listing} other {# listings}}",
  },
  newest: {
    heading: "Newest listings",
    seeAll: "See all listings",
  },
  empty: {
    title: "No listings published yet",
    hint: "New listings appear here as soon as they are published. A landlord? Publish yours in a few minutes.",
    landlord: "Publish a listing",
  },
  noResults: {
    otherCities: "There are listings in these cities:",
  },
  filters: {
    more: "More filters",
    moreActive: "More filters ({count} active)",
  },
  closed: {
    pageTitle: "Home no longer available",
    title: "This home is no longer available",
    body: "“{title}” in {city} has been let or withdrawn by its landlord.",
    similarHeading: "Similar listings in {city}",
    noneSimilar: "No comparable listing in {city} right now.",
    searchCity: "All listings in {city}",
    allListings: "All listings",
  },
};
