// The demo's cast and places: a French SCI in Lyon (org language fr, EUR, Europe/Paris), its owner and
// manager, two renters with leases (one whose name is in Hebrew script), a Ukrainian-speaking applicant
// (account language uk) and three more applicants. Fixed ids for what the SQL bootstrap writes (accounts and
// the org, scripts/seed.mjs); everything else is created through the API (scripts/demo.mjs).

export const DEMO_PASSWORD = "rentline-demo";
export const ORG_ID = "0190a000-0000-7000-8000-0000000000a1";
const ORG_TIMEZONE = "Europe/Paris";

const id = (n) => `0190a000-0000-7000-8000-0000000000${n}`;
/** Accounts. `login`: printed by `npm start` (with what to look at); `locale`: the account's language. */
export const DEMO_USERS = [
  {
    key: "owner",
    id: id("01"),
    email: "owner@demo.rentline.app",
    name: "Odile Fabre",
    type: "landlord",
    role: "owner",
    login: "owner: dashboard, rent, listings, applications",
  },
  {
    key: "manager",
    id: id("02"),
    email: "manager@demo.rentline.app",
    name: "Marc Lefèvre",
    type: "landlord",
    role: "manager",
    login: "manager: the same org, not the team",
  },
  {
    key: "renter",
    id: id("03"),
    email: "renter@demo.rentline.app",
    name: "Rémi Garnier",
    type: "renter",
    role: null,
    login: "renter: a lease with 4 months of rent, a signed agreement, chat",
  },
  {
    key: "applicant",
    id: id("04"),
    email: "oksana@demo.rentline.app",
    name: "Оксана Коваленко",
    type: "renter",
    role: null,
    locale: "uk",
    login: "renter (in Ukrainian): an application in progress",
  },
  {
    key: "noa",
    id: id("05"),
    email: "noa@demo.rentline.app",
    name: "נועה לוי",
    type: "renter",
    role: null,
    login: "renter: a lease with an overdue month",
  },
  { key: "julien", id: id("06"), email: "julien@demo.rentline.app", name: "Julien Petit", type: "renter", role: null },
  {
    key: "camille",
    id: id("07"),
    email: "camille@demo.rentline.app",
    name: "Camille Durand",
    type: "renter",
    role: null,
  },
  { key: "hugo", id: id("08"), email: "hugo@demo.rentline.app", name: "Hugo Bernard", type: "renter", role: null },
];

export const PROPERTIES = [
  {
    key: "tilleuls",
    name: "Les Tilleuls",
    address: "12 rue des Tilleuls",
    city: "Lyon",
    postalCode: "69003",
    country: "FR",
  },
  {
    key: "brotteaux",
    name: "Les Brotteaux",
    address: "27 boulevard des Brotteaux",
    city: "Lyon",
    postalCode: "69006",
    country: "FR",
  },
];

/** Apartments (rent in cents). */
export const APARTMENTS = [
  { key: "1A", property: "tilleuls", unitNumber: "1A", roomsCount: 2, rentAmount: 72000 },
  { key: "1B", property: "tilleuls", unitNumber: "1B", roomsCount: 3, rentAmount: 89000 },
  { key: "2A", property: "tilleuls", unitNumber: "2A", roomsCount: 1, rentAmount: 54000 },
  { key: "3A", property: "brotteaux", unitNumber: "3A", roomsCount: 3, rentAmount: 98000 },
  { key: "3B", property: "brotteaux", unitNumber: "3B", roomsCount: 2, rentAmount: 76000 },
];

/** Today in the org's time zone, `YYYY-MM-DD`. */
export function today(now = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ORG_TIMEZONE }).format(now);
}

/** The first day of the month `months` after (negative: before) the month of `iso`, `YYYY-MM-DD`. */
export function monthStart(iso, months) {
  const [y, m] = iso.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** The day before `iso` (`YYYY-MM-DD`). */
export function dayBefore(iso) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
