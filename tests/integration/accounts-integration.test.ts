import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { freshIp, PASSWORD, signUpRenter } from "../setup/helpers";
import { MAX_FAILURES_PER_ACCOUNT } from "../../worker/auth/login";

/** Issue 11 §4: sign-in throttling per account across addresses, not only per (IP, email). */
describe("sign-in throttling per account", () => {
  it("after 10 failures from 10 different addresses, the account answers 429 even to the right password", async () => {
    const target = await signUpRenter("Tina Target");
    const bystander = await signUpRenter("Bob Bystander");
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const wrong = await api({ ip: freshIp() }).auth.login.$post({
        json: { email: target.email, password: `guess number ${i}` },
      });
      expect(wrong.status, `attempt ${i}`).toBe(401);
    }
    const locked = await api({ ip: freshIp() }).auth.login.$post({ json: { email: target.email, password: PASSWORD } });
    expect(locked.status).toBe(429);
    expect(locked.problem.code).toBe("rate_limited");
    expect(locked.problem.detail).toMatch(/reset your password/);
    expect(locked.headers.get("retry-after")).toBe("900");
    // Other accounts are not affected, from any address.
    const other = await api({ ip: freshIp() }).auth.login.$post({
      json: { email: bystander.email, password: PASSWORD },
    });
    expect(other.status).toBe(200);
  });

  it("below the limit, the right password still signs in; unknown addresses stay a plain 401", async () => {
    const renter = await signUpRenter();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++)
      await api({ ip: freshIp() }).auth.login.$post({ json: { email: renter.email, password: "not it at all" } });
    expect(
      (await api({ ip: freshIp() }).auth.login.$post({ json: { email: renter.email, password: PASSWORD } })).status,
    ).toBe(200);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 1; i++) {
      const ghost = await api({ ip: freshIp() }).auth.login.$post({
        json: { email: "nobody-here@example.com", password: "whatever it is" },
      });
      expect(ghost.status).toBe(401);
    }
  });
});
