import { expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import type { Messages } from "../../app/i18n/messages/shape";
import { z } from "zod";
import { periodOf, todayIn } from "../../worker/lib/calendar";

// Steps several specs share: sign-ups, the dev mailbox, an apartment created through the API, a renter
// added through the UI. (Specs cannot import each other under @playwright/test, so these live here.)

const created = z.object({ id: z.string() });

export const PASSWORD = "correct horse battery";

export const unique = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;

/** The newest link matching `pattern` in the dev mailbox for `to`, waiting for the email queue to deliver. */
export async function findMailLink(page: Page, to: string, pattern: string): Promise<string> {
  for (let i = 0; i < 60; i++) {
    await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
    const links = page.locator(`a[href*="${pattern}"]`);
    if ((await links.count()) > 0) {
      const href = await links.first().getAttribute("href");
      if (href) return href;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no ${pattern} link for ${to} in /dev/mail`);
}

/** A JSON POST to the worker under test (a bearer `token` when given): its status and parsed body. */
const postJson = (baseURL: string) => async (path: string, body: unknown, token?: string) => {
  const res = await fetch(`${baseURL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
};

/** A verified account through the API (sign up, follow the emailed link, sign in): its email and access token. */
export async function verifiedAccount(baseURL: string, extra: Record<string, unknown>) {
  const post = postJson(baseURL);
  const email = unique("acct");
  expect((await post("/api/auth/signup", { email, password: PASSWORD, name: "Ada Account", ...extra })).status).toBe(
    202,
  );
  let token: string | undefined;
  for (let i = 0; i < 60 && !token; i++) {
    const mail = z
      .object({ results: z.array(z.object({ template: z.string(), text: z.string() })) })
      .parse(await (await fetch(`${baseURL}/api/dev/mail?to=${encodeURIComponent(email)}`)).json());
    token = mail.results.find((m) => m.template === "verify_email")?.text.match(/token=([\w-]+)/)?.[1];
    if (!token) await new Promise((r) => setTimeout(r, 250));
  }
  expect((await post("/api/auth/verify-email", { token })).status).toBe(204);
  const login = await post("/api/auth/login", { email, password: PASSWORD });
  return { email, token: z.object({ accessToken: z.string() }).parse(login.body).accessToken };
}

/**
 * The renter profile a listing asks for (identity, phone, birth date, address, nationality), complete: the
 * profile of tests/setup/listings.ts (which specs cannot import: it pulls in workerd-only helpers).
 */
const RENTER_PROFILE = {
  firstName: "Rita",
  lastName: "Renter",
  phone: "+33 6 12 34 56 78",
  birthDate: "1998-04-02",
  address: "3 Rue Neuve, 69001 Lyon",
  nationality: "French",
};

/** Completes the profile of the renter holding `token` with {@link RENTER_PROFILE} through the API. */
export async function completeRenterProfile(baseURL: string, token: string): Promise<void> {
  const res = await fetch(`${baseURL}/api/me/profile`, {
    method: "PUT",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(RENTER_PROFILE),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

/**
 * A published flat in `city` through the API, by the verified landlord holding `token` (property, apartment
 * at 850,00 € a month, listing with what a French ad must show, issue 13 §7, then published): its id.
 */
export async function publishedListing(
  baseURL: string,
  token: string,
  { title, city }: { title: string; city: string },
) {
  const post = postJson(baseURL);
  const idOf = (res: { body: unknown }) => created.parse(res.body).id;
  const address = "3 Rue du Retour";
  const propertyId = idOf(
    await post(
      "/api/properties",
      { name: "Return House", address, city, postalCode: "69002", country: "France" },
      token,
    ),
  );
  const apartmentId = idOf(
    await post(
      "/api/apartments",
      { propertyId, unitNumber: "R1", roomsCount: 2, rentAmount: 85000, currency: "EUR" },
      token,
    ),
  );
  const listingId = idOf(
    await post(
      "/api/listings",
      {
        apartmentId,
        title,
        description: "Un appartement où revenir.",
        city,
        address,
        type: "flat",
        availableFrom: "2026-09-01",
        rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 85000 }],
        chargesAmount: 6000,
        livingArea: 45,
        furnished: false,
        energyClass: "D",
        ghgClass: "C",
      },
      token,
    ),
  );
  expect((await post(`/api/listings/${listingId}/publish`, {}, token)).status).toBe(200);
  return listingId;
}

/** Signs a new landlord up through /signup (a fresh email) and waits for the dashboard; returns the email. */
export async function signUpLandlord(page: Page, { name = "Lena Landlord", orgName = "Acme Lettings" } = {}) {
  const email = unique("landlord");
  await page.goto("/signup");
  await page
    .getByLabel(/landlord/i)
    .first()
    .check();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organization name").fill(orgName);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/dashboard/);
  await verifyEmailFromMailbox(page, email);
  await page.goto("/dashboard");
  return email;
}

/** Follows the confirmation link emailed to `to` (inviting, publishing, sending and applying need it). */
export async function verifyEmailFromMailbox(page: Page, to: string) {
  await page.goto(await findMailLink(page, to, "/verify-email"));
  await page.getByText("Your email address is confirmed").waitFor();
}

/**
 * A property and an apartment (4B, €850.00) created through the API with the landlord's own session (the
 * portfolio UI is covered by landlord.spec.ts). Returns the apartment id.
 */
export async function apartmentFor(landlord: BrowserContext, baseURL: string): Promise<string> {
  const post = async (path: string, body: Record<string, unknown>) => {
    const res = await landlord.request.post(`${baseURL}${path}`, { data: body, headers: { origin: baseURL } });
    return created.parse(await res.json());
  };
  const property = await post("/api/properties", {
    name: "Room House",
    address: "5 Rue du Chat",
    city: "Lyon",
    postalCode: "69002",
    country: "France",
  });
  const apartment = await post("/api/apartments", {
    propertyId: property.id,
    unitNumber: "4B",
    roomsCount: 2,
    rentAmount: 85000,
    currency: "EUR",
  });
  return apartment.id;
}

/** The first day of the leases `addRenterThroughUi` makes (ISO date). */
const LEASE_START = "2026-01-01";

/**
 * This month (`YYYY-MM`) on the org's clock (a new org's zone, Europe/Paris: worker/orgs/service.ts
 * `NEW_ORG_DEFAULTS`): the month the 06:00 cron charges up to and the pages show. UTC's month differs for an
 * hour or two at a month's end.
 */
export const orgMonth = () => periodOf(todayIn("Europe/Paris"));

/** How many months a lease from `LEASE_START` is charged for by `month` (inclusive): rent × this is owed. */
export function monthsCharged(month = orgMonth()): number {
  const [year, monthOfYear] = month.split("-").map(Number);
  return (year! - Number(LEASE_START.slice(0, 4))) * 12 + monthOfYear!;
}

/**
 * The landlord adds a renter on the apartment page (an open-ended lease from `LEASE_START`, of `kind` in a
 * French dwelling: unfurnished unless said); the renter signs up from the emailed invitation and accepts.
 */
export async function addRenterThroughUi({
  landlord,
  newContext,
  apartmentId,
  name,
  kind,
}: {
  landlord: Page;
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  apartmentId: string;
  name: string;
  kind?: "unfurnished" | "furnished";
}) {
  const renterEmail = unique("renter");
  await landlord.goto(`/apartments/${apartmentId}?tab=leases`);
  await landlord.getByLabel("Renter email").fill(renterEmail);
  await landlord.getByLabel("Lease start").fill(LEASE_START);
  if (kind) await landlord.getByLabel("Kind of lease").selectOption(kind);
  await landlord.getByRole("button", { name: "Add renter" }).click();
  await landlord.getByText("Invitation sent.").waitFor();
  return { ...(await renterAccepts({ newContext, renterEmail, apartmentId, name })), renterEmail };
}

/** The renter invited at `renterEmail` signs up from the emailed invitation and accepts it (their home page). */
export async function renterAccepts({
  newContext,
  renterEmail,
  apartmentId,
  name,
}: {
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  renterEmail: string;
  apartmentId: string;
  name: string;
}) {
  const renterContext = await newContext();
  const renter = await renterContext.newPage();
  const link = await findMailLink(renter, renterEmail, "/invitations/accept?token=");
  await renter.goto(link);
  await renter
    .getByRole("link", { name: /sign up|create account/i })
    .first()
    .click();
  await renter.getByLabel("Name", { exact: true }).fill(name);
  const renterChoice = renter.getByLabel(/renter/i).first();
  if (await renterChoice.isVisible().catch(() => false)) await renterChoice.check();
  await renter.getByLabel("Email").fill(renterEmail);
  await renter.getByLabel("Password").fill(PASSWORD);
  await renter.getByRole("button", { name: "Create account" }).click();
  await renter.waitForURL(/invitations\/accept/);
  await renter.getByRole("button", { name: "Accept invitation" }).click();
  await renter.waitForURL(new RegExp(`/homes/${apartmentId}`));
  return { renter, renterContext };
}

// ---- Journeys in a chosen language (issue 13): the same steps with the catalogue's words, so one flow runs
// in French, Hebrew or any language the UI speaks. Forms are found by their fields' names (stable while
// labels are translated); what a person reads is checked against the catalogue.

/** `{name}` placeholders of a catalogue sentence filled in (plain arguments only, no ICU plural). */
export const say = (sentence: string, values: Record<string, string | number> = {}) =>
  sentence.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/**
 * Picks `lang` in the header's language switcher, as a person does, and waits for the page to come back in
 * it. The switcher submits on change once React has hydrated it, so this first waits for React's props on
 * the select (a change before that would only be seen by the no-JavaScript button).
 */
async function switchLanguage(page: Page, lang: string) {
  await page.waitForFunction(() => {
    const select = document.querySelector("#language-select");
    return select !== null && Object.keys(select).some((key) => key.startsWith("__reactProps"));
  });
  await page.locator("#language-select").selectOption(lang);
  await page.waitForFunction((code) => document.documentElement.lang === code, lang);
}

/**
 * Signs up on the sign-up page the browser is on (`/signup`, possibly with `?next=`) with the words of
 * `m`: a landlord (with `orgName`) or a renter. Returns the new account's email; waits for the page the
 * sign-up leads to to start loading (the caller waits for where it expects to land).
 */
export async function signUpIn(
  page: Page,
  m: Messages,
  { type, name, orgName }: { type: "landlord" | "renter"; name: string; orgName?: string },
): Promise<string> {
  const email = unique(type);
  const s = m.auth.signup;
  await page.getByRole("heading", { level: 1, name: s.title }).waitFor();
  const choice = page.locator(`#account-${type}`);
  if (await choice.count()) await choice.check();
  await page.getByLabel(s.name, { exact: true }).fill(name);
  await page.getByLabel(s.email, { exact: true }).fill(email);
  await page.getByLabel(s.password, { exact: true }).fill(PASSWORD);
  if (orgName) await page.getByLabel(s.orgName, { exact: true }).fill(orgName);
  await page.getByRole("button", { name: s.submit }).click();
  return email;
}

/** Follows the confirmation link emailed to `to` and waits for the page saying, in `m`'s words, that it is done. */
export async function confirmEmailIn(page: Page, m: Messages, to: string) {
  await page.goto(await findMailLink(page, to, "/verify-email"));
  await page.getByText(m.auth.verifyEmail.done).waitFor();
}

/**
 * LEASE CREATION, in one place: on the apartment page of a dwelling in France the landlord fills the
 * new-lease form with its labels in `m`'s language: the renter invited by email, the kind of lease and who
 * lets (loi n° 89-462), the start, no end (open-ended: lawful for every kind but student and mobility
 * leases), the deposit as typed in that language (e.g. "850,00"), rent and due day as prefilled; sends it
 * and waits for "invitation sent". Returns the form (to read what it says about the lease).
 */
export async function createLease(
  landlord: Page,
  m: Messages,
  lease: {
    apartmentId: string;
    renterEmail: string;
    startDate: string;
    kind?: "unfurnished" | "furnished";
    landlordKind?: "individual" | "company";
    deposit?: string;
  },
) {
  const { apartmentId, kind = "unfurnished", landlordKind = "individual" } = lease;
  // The Leases tab of the apartment page (goto returns once the page is hydrated).
  if (!landlord.url().endsWith(`/apartments/${apartmentId}?tab=leases`))
    await landlord.goto(`/apartments/${apartmentId}?tab=leases`);
  const add = m.leases.add;
  const form = landlord.getByRole("form", { name: add.formLabel });
  // While a lease runs, the new-lease form opens when asked (it is open at once on a vacant apartment).
  if (!(await form.isVisible())) await landlord.getByText(m.apartmentGlance.addRenter, { exact: true }).click();
  await form.getByLabel(add.renterEmail, { exact: true }).fill(lease.renterEmail);
  await form.getByLabel(m.lease.kind.label, { exact: true }).selectOption(kind);
  // Once the org's legal identity says who lets (settings), the form shows it and does not ask.
  const who = form.getByLabel(m.lease.landlordKind.label, { exact: true });
  if (await who.isEnabled()) await who.selectOption(landlordKind);
  await form.getByLabel(add.startDate, { exact: true }).fill(lease.startDate);
  if (lease.deposit) await form.getByLabel(add.deposit, { exact: true }).fill(lease.deposit);
  await form.getByText(m.lease.openEnded).waitFor();
  await form.getByRole("button", { name: add.submit }).click();
  await landlord.getByTestId("toast").getByText(m.leases.invitationSent).waitFor();
  return form;
}

/**
 * The renter invited at `renterEmail` opens the emailed invitation on a fresh phone, picks the language
 * `lang` with the page's switcher, signs up and accepts; returns their page on their new home.
 */
export async function acceptInvitationIn({
  newContext,
  m,
  lang,
  renterEmail,
  apartmentId,
  name,
  options = {},
  visited = async () => {},
}: {
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  m: Messages;
  lang: string;
  renterEmail: string;
  apartmentId: string;
  name: string;
  options?: BrowserContextOptions;
  /** Called on each page of the way once it is in `lang` (to check it), with a name for it. */
  visited?: (page: Page, where: string) => Promise<void>;
}) {
  const renterContext = await newContext(options);
  const renter = await renterContext.newPage();
  await renter.goto(await findMailLink(renter, renterEmail, "/invitations/accept?token="));
  await switchLanguage(renter, lang);
  await visited(renter, "invitation");
  await renter.getByRole("link", { name: m.auth.invitation.signUp }).click();
  await renter.waitForURL(/\/signup/);
  await visited(renter, "sign-up from the invitation");
  const s = m.auth.signup;
  await renter.getByLabel(s.name, { exact: true }).fill(name);
  await renter.getByLabel(s.email, { exact: true }).fill(renterEmail);
  await renter.getByLabel(s.password, { exact: true }).fill(PASSWORD);
  await renter.getByRole("button", { name: s.submit }).click();
  await renter.waitForURL(/invitations\/accept/);
  await visited(renter, "invitation to accept");
  await renter.getByRole("button", { name: m.auth.invitation.submit }).click();
  await renter.waitForURL(new RegExp(`/homes/${apartmentId}`));
  return { renter, renterContext };
}

/**
 * Opens a tab of the page (the renter's home, the landlord's apartment page) as a person does, by tapping its
 * label in the tab row, and waits for its panel (a region named by the tab's label).
 */
export async function openTab(page: Page, label: string): Promise<void> {
  await page.getByTestId("section-tabs").getByRole("link", { name: label, exact: true }).click();
  // The tab's panel comes first in the page (a part of it may be named like the tab: the chat).
  await page.getByRole("region", { name: label, exact: true }).first().waitFor();
}

/**
 * Waits until the apartment room on this page (landlord's apartment page, renter's home) says it is live,
 * in `m`'s words: the page is hydrated and holds the room's state, so what is clicked next is what stays.
 */
async function roomIsLive(page: Page, m: Messages) {
  await page.getByTestId("room-status").getByText(m.room.status.live, { exact: true }).waitFor();
}

/**
 * PAYMENT RECORDING, in one place: the renter reports a payment of `amount` in `currency` (typed as their
 * language writes money, e.g. "850,00") for `period` (`YYYY-MM`) on their home's feed (its Chat tab), with its labels in
 * `m`'s language, and the landlord confirms it on the apartment page. Returns once the landlord's feed
 * says it is confirmed.
 */
export async function recordPayment({
  m,
  renter,
  landlord,
  apartmentId,
  description,
  amount,
  currency,
  period,
}: {
  m: Messages;
  renter: Page;
  landlord: Page;
  apartmentId: string;
  description: string;
  amount: string;
  currency: string;
  period: string;
}) {
  // The feed is on the home's Chat tab (its live room opens there).
  await openTab(renter, m.homes.tabs.chat);
  await roomIsLive(renter, m);
  const f = m.feed;
  const post = renter.locator('form:has(input[name="intent"][value="post"])');
  await post.getByLabel(f.post.renterLabel, { exact: true }).fill(description);
  await post.getByLabel(say(f.post.amount, { currency }), { exact: true }).fill(amount);
  await post.getByLabel(f.post.period, { exact: true }).fill(period);
  await post.getByRole("button", { name: f.post.renterSubmit }).click();
  await renter.locator("[data-activity-id]", { hasText: description }).waitFor();

  await landlord.goto(`/apartments/${apartmentId}?tab=chat`);
  await roomIsLive(landlord, m);
  const item = landlord.locator("[data-activity-id]", { hasText: description });
  await item.getByRole("button", { name: f.confirm, exact: true }).click();
  await item.getByText(f.status.confirmed.slice(0, f.status.confirmed.indexOf("{")).trim()).waitFor();
}

/**
 * Follows a destination of the large-screen top bar by its label: the bar shows the side's main destinations
 * and keeps the rest under "More" (app/components/desktop-nav.tsx), which this opens first when needed.
 */
export async function followTopNav(page: Page, name: string): Promise<void> {
  const bar = page.getByTestId("desktop-nav");
  const link = bar.getByRole("link", { name, exact: true });
  if (!(await link.isVisible())) await bar.locator("summary").click();
  await link.click();
}

/**
 * A move-in date applications accept: the 1st of the month after next (UTC), `YYYY-MM-DD`. A fixed date
 * would age into the past, and a past move-in date is refused (422 `move_in_in_past`).
 */
export function futureMoveIn(now = Date.now()): string {
  const today = new Date(now);
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 2, 1)).toISOString().slice(0, 10);
}
