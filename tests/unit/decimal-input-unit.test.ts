import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decimalInput } from "../../app/lib/decimal-input.server";

const hours = z.number().min(0).max(1000);

/** Issue 15 §7: logged hours take either decimal mark in every language, any step; the API still gets a number. */
describe("decimal input (hours)", () => {
  it.each(["en", "fr", "he", "uk"] as const)("%s reads 1,5 and 1.5 as 1.5, 0.3 and 2 as themselves", (locale) => {
    const schema = decimalInput(locale, hours);
    expect(schema.parse("1,5")).toBe(1.5);
    expect(schema.parse("1.5")).toBe(1.5);
    expect(schema.parse("0.3")).toBe(0.3);
    expect(schema.parse(" 2 ")).toBe(2);
  });

  it("refuses words, three decimals and what the contract bounds refuse", () => {
    const schema = decimalInput("fr", hours);
    for (const text of ["deux", "1,555", "-1", "1001"]) expect(schema.safeParse(text).success).toBe(false);
    expect(schema.safeParse("deux").error?.issues[0]?.message).toBe("Saisissez un nombre");
    expect(schema.safeParse("1001").error?.issues[0]?.message).toBe("Au plus 1000");
  });
});
