import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { PASSWORD, signUpAndSignIn, signUpRenter, uniqueEmail } from "../setup/helpers";

/** Issue 13 §2: each user picks a language; the account keeps it for pages and emails. */
describe("a user's language", () => {
  it("is the one signed up in, then the one chosen; the API refuses languages we do not speak", async () => {
    const session = await signUpAndSignIn({
      email: uniqueEmail("olena"),
      password: PASSWORD,
      name: "Олена Коваленко",
      accountType: "renter",
      locale: "uk",
    });
    expect((await api(session).me.$get()).json.user.locale).toBe("uk");

    const chosen = await api(session).me.locale.$put({ json: { locale: "he" } });
    expect(chosen.status, chosen.text).toBe(204);
    expect((await api(session).me.$get()).json.user.locale).toBe("he");

    const unknown = await api(session).me.locale.$put({ json: { locale: "de" as "fr" } });
    expect(unknown.status).toBe(400);
    expect(unknown.problem.code).toBe("invalid_input");
    expect((await api(session).me.$get()).json.user.locale).toBe("he");
  });

  it("is null until chosen, and only the signed-in user can set theirs", async () => {
    const renter = await signUpRenter();
    expect((await api(renter).me.$get()).json.user.locale).toBeNull();
    expect((await api().me.locale.$put({ json: { locale: "fr" } })).status).toBe(401);
  });
});
