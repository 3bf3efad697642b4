import { describe, expect, it } from "vitest";
import type { EmailMessage } from "../../worker/email/contract";
import { renderEmail } from "../../worker/email/templates";
import { formatMoney } from "../../worker/lib/i18n/format";
import { LOCALES } from "../../worker/lib/i18n/locales";

const HOME = { street: "12 Rue des Lilas", city: "Lyon", unit: "4C" };
const reminder = (kind: "before" | "due" | "overdue", daysLate = 0): EmailMessage => ({
  template: "rent_reminder",
  to: "r@example.com",
  orgId: null,
  data: {
    kind,
    address: HOME,
    amount: 85000,
    currency: "EUR",
    dueDate: "2026-03-10",
    daysLate,
    link: "https://rentline.test/homes/a1",
  },
});

/** One message of every template, to render in every language. */
const EVERY_TEMPLATE: EmailMessage[] = [
  { template: "verify_email", to: "a@x.test", orgId: null, data: { name: "Ann", link: "https://x.test/v" } },
  {
    template: "signup_existing_account",
    to: "a@x.test",
    orgId: null,
    data: { signInLink: "https://x.test/login", resetLink: "https://x.test/forgot" },
  },
  { template: "reset_password", to: "a@x.test", orgId: null, data: { name: "Ann", link: "https://x.test/r" } },
  {
    template: "staff_invitation",
    to: "a@x.test",
    orgId: "o",
    data: { orgName: "Acme", inviterName: "Lena", role: "maintenance", link: "https://x.test/i" },
  },
  {
    template: "lease_invitation",
    to: "a@x.test",
    orgId: "o",
    data: { orgName: "Acme", address: HOME, startDate: "2026-02-01", link: "https://x.test/i" },
  },
  {
    template: "confirmation_needed",
    to: "a@x.test",
    orgId: "o",
    data: { authorName: "Rita", description: "Cash", address: null, link: "https://x.test/h" },
  },
  {
    template: "agreement_ready_to_sign",
    to: "a@x.test",
    orgId: "o",
    data: { landlordName: "Lena", address: "3 Rue Neuve", link: "https://x.test/d" },
  },
  {
    template: "agreement_signed",
    to: "a@x.test",
    orgId: "o",
    data: { address: "3 Rue Neuve", link: "https://x.test/d" },
  },
  reminder("before"),
  reminder("due"),
  reminder("overdue", 7),
  ...(["opened", "funds_withdrawn", "lost", "won", "funds_reinstated"] as const).map((stage): EmailMessage => ({
    template: "payment_disputed",
    to: "a@x.test",
    orgId: "o",
    data: { stage, address: HOME, amount: 85000, currency: "EUR", period: "2026-03", link: "https://x.test/a" },
  })),
  ...(["renter", "landlord"] as const).flatMap((audience) =>
    (["pending", "withdrawn", "rejected", "accepted_pending_payment", "confirmed"] as const).map(
      (status): EmailMessage => ({
        template: "application_status",
        to: "a@x.test",
        orgId: "o",
        data: {
          audience,
          status,
          listingTitle: "Studio",
          applicantName: "Ann",
          actorName: "Lena",
          note: "ok",
          link: "https://x.test/ap",
        },
      }),
    ),
  ),
  {
    template: "chat_digest",
    to: "a@x.test",
    orgId: "o",
    data: { name: "Ann", rooms: [{ address: HOME, unread: 3, link: "https://x.test/h" }] },
  },
  {
    template: "data_export_ready",
    to: "a@x.test",
    orgId: null,
    data: { link: "https://x.test/files/payload.signature", expiresAt: "2026-03-10T09:30:00.000Z" },
  },
];

describe("emails in the recipient's language", () => {
  it("a Ukrainian renter's rent reminder is Ukrainian, money and date formatted for Ukrainian", () => {
    const before = renderEmail(reminder("before"), "uk");
    expect(before.subject).toBe(`Орендна плата ${formatMoney(85000, "EUR", "uk")} — до 10 березня 2026 р.`);
    expect(formatMoney(85000, "EUR", "uk")).toMatch(/^850,00\s(€|EUR)$/);
    expect(before.text).toContain("Нагадуємо: орендну плату за 12 Rue des Lilas, Lyon — квартира 4C");
    expect(before.html).toContain('<html lang="uk" dir="ltr">');
    expect(renderEmail(reminder("overdue", 7), "uk").subject).toBe("Орендну плату прострочено на 7 днів");
    expect(renderEmail(reminder("overdue", 21), "uk").subject).toBe("Орендну плату прострочено на 21 день");
  });

  it("a French renter reads French, with the French date and amount", () => {
    const before = renderEmail(reminder("before"), "fr");
    expect(before.subject).toBe("Loyer de 850,00\u00a0€ à régler le 10 mars 2026");
    expect(before.text).toContain("12 Rue des Lilas, Lyon — logement 4C");
  });

  it("a Hebrew email is right to left and Hebrew", () => {
    const mail = renderEmail(reminder("overdue", 2), "he");
    expect(mail.html).toContain('<html lang="he" dir="rtl">');
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.subject).toBe("שכר הדירה באיחור של יומיים");
  });

  it.each(LOCALES)(
    "every template renders in %s: no key printed, no ISO date, the HTML says its language",
    (locale) => {
      for (const message of EVERY_TEMPLATE) {
        const mail = renderEmail(message, locale);
        const label = `${message.template} ${locale}`;
        expect(mail.subject.trim(), label).not.toBe("");
        // A missing key prints its path (`email.rentReminder.beforeSubject`): none may.
        expect(mail.text, label).not.toMatch(/\bemail\.[a-zA-Z]/);
        expect(mail.text, label).not.toMatch(/\d{4}-\d{2}-\d{2}|\b2026-03\b/);
        expect(mail.html, label).toContain(`lang="${locale}"`);
      }
    },
  );
});
