import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { ALL_MESSAGES } from "../../app/i18n/messages/all.server";
import { LOCALES, negotiateLocale, recipientLocale, textDirection } from "../../worker/lib/i18n/locales";
import { SERVER_MESSAGES } from "../../worker/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalogue as `namespace.key.path` → ICU text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The argument names an ICU message uses (`{name}`, `{count, plural, …}`, and inside plural branches). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

/** The words a reader sees in an ICU message: its literal text, inside tags and plural/select branches too. */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return literalText(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(" ");
      return " ";
    })
    .join("");
}

/** Words that are the same in every language (names of things). */
const SAME_EVERYWHERE = new Set([
  "Rentline",
  "{title} — Rentline",
  "IBAN",
  "BIC",
  "SIRET",
  "DPE",
  "GES",
  // Layouts of arguments only (listings), and the DPE's own acronym before its class letter.
  "{city} · {address}",
  "{city} · {rent}",
  "{title} — {city}",
  "{label}: {value}",
  "DPE {class}",
  "PDF",
  "Stripe",
  "Google",
  "E-mail",
]);

const catalogues = [
  ["UI", ALL_MESSAGES],
  ["server", SERVER_MESSAGES],
] as const;

describe.each(catalogues)("the %s catalogue", (_name, messages) => {
  const reference = flatten(messages.fr);

  it.each(LOCALES.filter((l) => l !== "fr"))("%s has exactly the French keys", (locale) => {
    const keys = [...flatten(messages[locale]).keys()].sort();
    expect(keys).toEqual([...reference.keys()].sort());
  });

  it.each(LOCALES)("every %s message parses as ICU, is not empty, and takes the French arguments", (locale) => {
    for (const [key, text] of flatten(messages[locale])) {
      expect(text.trim(), key).not.toBe("");
      const args = [...argumentsOf(parse(text, { ignoreTag: true }))].sort();
      const expected = [...argumentsOf(parse(reference.get(key) ?? "", { ignoreTag: true }))].sort();
      expect(args, `${locale} ${key}`).toEqual(expected);
    }
  });

  it.each(["fr", "uk"] as const)("%s writes its apostrophe as ’, never the typewriter ' (typography)", (locale) => {
    // French and Ukrainian typography use the typographic apostrophe (« l’échéance », « об’єкт »); a straight one
    // in a category or a sentence reads as a typo on a statement or a PDF. ICU escapes ('{') are not words.
    const straight = [...flatten(messages[locale])].filter(([, text]) =>
      /\p{L}'\p{L}/u.test(literalText(parse(text, { ignoreTag: false }))),
    );
    expect(straight.map(([key]) => key)).toEqual([]);
  });

  it.each(["uk", "he"] as const)("%s is translated, not English copied", (locale) => {
    const english = flatten(messages.en);
    const copied = [...flatten(messages[locale])].filter(
      // Words, not argument or tag names: "{name} ({side})" is a pattern every language may share.
      ([key, text]) =>
        text === english.get(key) &&
        !SAME_EVERYWHERE.has(text) &&
        /\p{L}{3}/u.test(literalText(parse(text, { ignoreTag: false }))),
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  });
});

describe("choosing a language", () => {
  it("negotiates Accept-Language by q-value and primary subtag, French by default", () => {
    expect(negotiateLocale("en-GB,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(negotiateLocale("de-DE,uk;q=0.5,he;q=0.7")).toBe("he");
    expect(negotiateLocale("iw-IL")).toBe("he");
    expect(negotiateLocale("fr-CA")).toBe("fr");
    expect(negotiateLocale("de, ru;q=0.9")).toBe("fr");
    expect(negotiateLocale("en;q=0")).toBe("fr");
    expect(negotiateLocale("en;q=abc, uk")).toBe("uk");
    expect(negotiateLocale(null)).toBe("fr");
  });

  it("writes to a person in their language, else their org's, else French; Hebrew is right-to-left", () => {
    expect(recipientLocale("uk", "fr")).toBe("uk");
    expect(recipientLocale(null, "en")).toBe("en");
    expect(recipientLocale("xx", null)).toBe("fr");
    expect(textDirection("he")).toBe("rtl");
    expect(textDirection("fr")).toBe("ltr");
  });
});
