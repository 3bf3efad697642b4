import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import {
  createApartment,
  env,
  PASSWORD,
  signUpAndSignIn,
  signUpLandlord,
  uniqueEmail,
  waitForMail,
} from "../setup/helpers";

/** A French landlord: the org's language and zone as the org settings set them. */
async function frenchLandlord() {
  const owner = await signUpLandlord("Lilas Gestion");
  await env.DB.prepare("UPDATE orgs SET locale = 'fr', timezone = 'Europe/Paris' WHERE id = ?").bind(owner.orgId).run();
  return owner;
}

/** A renter account that chose `locale` when signing up. */
async function renterIn(locale: "uk" | "he") {
  const email = uniqueEmail(`renter-${locale}`);
  await signUpAndSignIn({ email, password: PASSWORD, name: "Olena", accountType: "renter", locale });
  return email;
}

async function inviteToLease(owner: Awaited<ReturnType<typeof signUpLandlord>>, apartmentId: string, email: string) {
  const res = await api(owner).apartments[":id"].leases.$post({
    param: { id: apartmentId },
    json: { renterEmail: email, startDate: "2026-02-01", rentAmount: 72000, dueDay: 5 },
  });
  expect(res.status, res.text).toBe(201);
  return waitForMail(email, "lease_invitation");
}

describe("each email in its recipient's language", () => {
  it("a French landlord's Ukrainian renter gets Ukrainian; a Hebrew one gets right-to-left Hebrew", async () => {
    const owner = await frenchLandlord();
    const { apartmentId: one } = await createApartment(owner, "2B");
    const uk = await inviteToLease(owner, one, await renterIn("uk"));
    expect(uk.subject).toBe("Ваше нове житло: 12 Rue des Lilas, Lyon — квартира 2B");
    expect(uk.text).toContain(
      "Lilas Gestion додав вас як орендаря житла за адресою 12 Rue des Lilas, Lyon — квартира 2B з 1 лютого 2026 р.",
    );
    expect(uk.html).toContain('<html lang="uk" dir="ltr">');

    const { apartmentId: two } = await createApartment(owner, "3C");
    const he = await inviteToLease(owner, two, await renterIn("he"));
    // The address is a bidi isolate inside the Hebrew sentence (U+2068…U+2069): its words keep their order.
    expect(he.subject).toBe("הבית החדש שלכם: \u206812 Rue des Lilas, Lyon — דירה 3C\u2069");
    expect(he.html).toContain('<html lang="he" dir="rtl">');
    expect(he.text).not.toContain("2026-02-01");
  });

  it("someone without an account is written to in the inviting org's language", async () => {
    const owner = await frenchLandlord();
    const { apartmentId } = await createApartment(owner, "4D");
    const mail = await inviteToLease(owner, apartmentId, uniqueEmail("stranger"));
    expect(mail.subject).toBe("Votre nouveau logement : 12 Rue des Lilas, Lyon — logement 4D");
    expect(mail.text).toContain("à partir du 1er février 2026");
    expect(mail.html).toContain('<html lang="fr" dir="ltr">');
  });

  it("a language chosen later counts for the next email (PUT /me/locale)", async () => {
    const email = uniqueEmail("switcher");
    const session = await signUpAndSignIn({
      email,
      password: PASSWORD,
      name: "Ann",
      accountType: "renter",
      locale: "fr",
    });
    expect((await waitForMail(email, "verify_email")).subject).toBe("Confirmez votre adresse e-mail");
    const put = await api(session).me.locale.$put({ json: { locale: "he" } });
    expect(put.status, put.text).toBeLessThan(300);
    const owner = await frenchLandlord();
    const { apartmentId } = await createApartment(owner, "5E");
    const mail = await inviteToLease(owner, apartmentId, email);
    expect(mail.html).toContain('dir="rtl"');
  });
});
