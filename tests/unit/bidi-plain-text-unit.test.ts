import { describe, expect, it } from "vitest";
import type { EmailMessage } from "../../worker/email/contract";
import { renderEmail } from "../../worker/email/templates";
import { statementParties } from "../../worker/expenses/statement-pdf";
import { isolate, isolateIn } from "../../worker/lib/i18n/bidi";

const FSI = "\u2068";
const PDI = "\u2069";
const isolated = (name: string) => `${FSI}${name}${PDI}`;
const LANDLORD = "Jean Dupont";
const PROPERTY = "Résidence Les Pins";
const HEBREW_NAME = "נועה לוי";
const link = "https://rentline.test/x";

/** Every part of a rendered email (subject, text and HTML) holds `name` as an isolate. */
function expectIsolated(mail: { subject: string; text: string; html: string }, ...names: string[]) {
  for (const name of names) {
    expect(mail.text, name).toContain(isolated(name));
    expect(mail.html, name).toContain(isolated(name));
  }
}

/**
 * Issue 13: people's names, property names and addresses inside plain-text sentences (emails, PDFs,
 * toasts) are Unicode isolates (U+2068 … U+2069), through the one helper worker/lib/i18n/bidi.ts: Latin
 * names in a Hebrew sentence, Hebrew names in a Latin one.
 */
describe("bidi isolation in plain strings", () => {
  it("the helper: always for `isolate`; for a locale, in Hebrew always, in French only around right-to-left text", () => {
    expect(isolate(LANDLORD)).toBe(isolated(LANDLORD));
    expect(isolate("")).toBe("");
    expect(isolateIn("he", LANDLORD)).toBe(isolated(LANDLORD));
    expect(isolateIn("fr", HEBREW_NAME)).toBe(isolated(HEBREW_NAME));
    expect(isolateIn("en", "محمد العلي")).toBe(isolated("محمد العلي"));
    expect(isolateIn("fr", LANDLORD)).toBe(LANDLORD);
    expect(isolateIn("uk", "Олена Коваленко")).toBe("Олена Коваленко");
  });

  it("an email to a Hebrew renter about landlord Jean Dupont and Résidence Les Pins isolates each", () => {
    const ready: EmailMessage = {
      template: "agreement_ready_to_sign",
      to: "noa@example.com",
      orgId: "o",
      data: { landlordName: LANDLORD, address: PROPERTY, link },
    };
    expectIsolated(renderEmail(ready, "he"), LANDLORD, PROPERTY);
    const signed: EmailMessage = { ...ready, template: "agreement_signed", data: { address: PROPERTY, link } };
    expectIsolated(renderEmail(signed, "he"), PROPERTY);
    const revised: EmailMessage = {
      template: "rent_revised",
      to: "noa@example.com",
      orgId: "o",
      data: {
        landlord: LANDLORD,
        address: PROPERTY,
        anniversary: "2026-09-01",
        previousRent: 72000,
        newRent: 73500,
        currency: "EUR",
        base: { quarter: "2025-Q2", value: "145.17" },
        new: { quarter: "2026-Q2", value: "148.20" },
        effectivePeriod: "2026-10",
        link,
      },
    };
    expectIsolated(renderEmail(revised, "he"), LANDLORD, PROPERTY);
  });

  it("every email naming people isolates them in Hebrew", () => {
    const to = "x@example.com";
    const messages: [EmailMessage, ...string[]][] = [
      [{ template: "verify_email", to, orgId: null, data: { name: LANDLORD, link } }, LANDLORD],
      [{ template: "reset_password", to, orgId: null, data: { name: LANDLORD, link } }, LANDLORD],
      [
        {
          template: "staff_invitation",
          to,
          orgId: "o",
          data: { orgName: "SCI Les Pins", inviterName: LANDLORD, role: "manager", link },
        },
        "SCI Les Pins",
        LANDLORD,
      ],
      [
        {
          template: "lease_invitation",
          to,
          orgId: "o",
          data: { orgName: "SCI Les Pins", address: PROPERTY, startDate: "2026-09-01", link },
        },
        "SCI Les Pins",
        PROPERTY,
      ],
      [
        {
          template: "confirmation_needed",
          to,
          orgId: "o",
          data: { authorName: LANDLORD, description: "Loyer de mars", address: PROPERTY, link },
        },
        LANDLORD,
        "Loyer de mars",
        PROPERTY,
      ],
      [
        {
          template: "application_status",
          to,
          orgId: "o",
          data: {
            audience: "renter",
            status: "rejected",
            listingTitle: "Studio Les Pins",
            applicantName: "Marie Curie",
            actorName: LANDLORD,
            note: "Dossier incomplet",
            link,
          },
        },
        "Studio Les Pins",
        "Marie Curie",
        "Dossier incomplet",
      ],
      [
        {
          template: "chat_digest",
          to,
          orgId: "o",
          data: { name: "Marie Curie", rooms: [{ address: PROPERTY, unread: 2, link }] },
        },
        "Marie Curie",
        PROPERTY,
      ],
    ];
    for (const [message, ...names] of messages) expectIsolated(renderEmail(message, "he"), ...names);
  });

  it("a French email isolates a Hebrew name and leaves Latin names as they are", () => {
    const about = (applicantName: string): EmailMessage => ({
      template: "application_status",
      to: "landlord@example.com",
      orgId: "o",
      data: {
        audience: "landlord",
        status: "pending",
        listingTitle: "Studio",
        applicantName,
        actorName: "",
        note: null,
        link,
      },
    });
    expectIsolated(renderEmail(about(HEBREW_NAME), "fr"), HEBREW_NAME);
    const latin = renderEmail(about("Marie Curie"), "fr");
    expect(latin.text).toContain("Marie Curie");
    expect(latin.text).not.toContain(FSI);
  });

  it("the owner statement's PDF lines isolate the property, its address and the owner, in Hebrew and in French", () => {
    const statement = { propertyName: PROPERTY, address: "3 rue des Lilas, Lyon" } as const;
    const input = (locale: "he" | "fr", ownerName: string) => ({
      statement: { ...statement } as never,
      locale,
      ownerName,
      issuedOn: "2026-12-01",
    });
    const [property, owner] = statementParties(input("he", LANDLORD));
    expect(property).toContain(isolated(PROPERTY));
    expect(property).toContain(isolated("3 rue des Lilas, Lyon"));
    expect(owner).toContain(isolated(LANDLORD));
    expect(statementParties(input("fr", HEBREW_NAME))[1]).toContain(isolated(HEBREW_NAME));
  });
});
