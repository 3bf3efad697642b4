/**
 * Countries, as ISO 3166-1 alpha-2 codes (upper case): the only way a country is stored or decided on. The
 * list is the standard's current officially assigned codes (249); withdrawn or transitional codes (FX, DD,
 * UK, SU, CS, YU, ZR, TP, AN…) and CLDR's extra regions (EU, UN, XK, AC, IC…) are not countries here, so a
 * select never shows two "France" and FX is refused. Names come from CLDR through `Intl.DisplayNames`.
 * Plain module (no I/O, no Node API): the UI bundles it.
 */

/** ISO 3166-1 alpha-2, the current officially assigned codes (ISO 3166 Maintenance Agency). */
export const COUNTRY_CODES: readonly string[] = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY " +
  "BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK " +
  "FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR " +
  "IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK " +
  "ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM " +
  "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF " +
  "TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

const CODES = new Set(COUNTRY_CODES);

/** Whether `code` is a current ISO 3166-1 alpha-2 code, exactly (upper case): "FR" is, "fr", "FX", "EU" are not. */
export const isCountryCode = (code: string): boolean => CODES.has(code);

/** The countries as a select lists them: `{ value: code, label: name in locale }`, sorted by `locale`'s collation. */
export function countryOptions(locale: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}

/** The languages whose CLDR country names are understood when a person types a country (the UI's and more). */
export const NAME_LOCALES = ["fr", "en", "uk", "he", "de", "es", "it", "pt", "ru", "ar", "zh", "ja"] as const;

/**
 * Official (long) names CLDR does not give, and the alpha-3 code earlier versions accepted for France, per
 * code: how a lease or a deed names the state.
 */
export const OFFICIAL_NAMES: Record<string, string[]> = {
  FR: [
    "FRA",
    "République française",
    "French Republic",
    "Republic of France",
    "Französische Republik",
    "República Francesa",
    "Repubblica francese",
    "República Francesa",
    "Французька Республіка",
    "Французская Республика",
    "הרפובליקה הצרפתית",
    "الجمهورية الفرنسية",
    "法兰西共和国",
    "フランス共和国",
  ],
  GB: ["United Kingdom of Great Britain and Northern Ireland", "Great Britain"],
  US: ["United States of America", "USA"],
  DE: ["Federal Republic of Germany", "Bundesrepublik Deutschland", "République fédérale d'Allemagne"],
  IT: ["Italian Republic", "Repubblica italiana", "République italienne"],
  ES: ["Kingdom of Spain", "Reino de España", "Royaume d'Espagne"],
  BE: ["Kingdom of Belgium", "Royaume de Belgique"],
  CH: ["Swiss Confederation", "Confédération suisse"],
  IL: ["State of Israel", "מדינת ישראל", "État d'Israël"],
};

/**
 * A name folded for comparison: compatibility decomposition, marks removed (accents, Hebrew points), Unicode
 * lower case, every run of non-letters/digits one space, trimmed. "République  Française" → "republique francaise".
 */
export const foldCountryName = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("und")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

let byName: Map<string, string> | undefined;

/**
 * Every name → code pair understood: CLDR's long and short names of each current code in `NAME_LOCALES`, and
 * `OFFICIAL_NAMES`, folded (`foldCountryName`). Built once, on first use.
 */
export function countryNames(): ReadonlyMap<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  for (const locale of NAME_LOCALES)
    for (const style of ["long", "short"] as const) {
      const names = new Intl.DisplayNames([locale], { type: "region", style, fallback: "none" });
      for (const code of COUNTRY_CODES) {
        const name = names.of(code);
        if (name && !map.has(foldCountryName(name))) map.set(foldCountryName(name), code);
      }
    }
  for (const [code, names] of Object.entries(OFFICIAL_NAMES))
    for (const name of names) map.set(foldCountryName(name), code);
  byName = map;
  return map;
}

/**
 * The ISO 3166-1 alpha-2 code `text` names, or null: a current code in any case ("fr", "FR"), or a country's
 * name in any of `NAME_LOCALES` ("France", "Франція", "צרפת", "Frankreich", "Guadeloupe") or its official
 * name ("République française", "French Republic"), case, accents and spacing aside. Withdrawn codes (FX) are
 * not understood.
 */
export function resolveCountry(text: string): string | null {
  const trimmed = text.trim();
  if (/^[a-z]{2}$/i.test(trimmed) && isCountryCode(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return countryNames().get(foldCountryName(trimmed)) ?? null;
}

/** How a stored country reads in `locale`: a code's CLDR name ("FR" → "France", "Франція"), anything else as stored. */
export function countryName(country: string, locale: string): string {
  return isCountryCode(country)
    ? (new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(country) ?? country)
    : country;
}

/** Where La Poste's 5-digit postcodes apply: France with its overseas departments and collectivities. */
const FRENCH_POSTCODE_COUNTRIES: readonly string[] = [
  "FR",
  "GP",
  "MQ",
  "GF",
  "RE",
  "YT",
  "PM",
  "BL",
  "MF",
  "WF",
  "PF",
  "NC",
  "MC",
];

/**
 * Whether `postcode` fits `country` (ISO 3166-1 alpha-2): 5 digits where La Poste numbers addresses (France,
 * its overseas departments and collectivities, Monaco); elsewhere any short code is accepted. Used by org
 * settings and properties (400 `invalid_postcode`).
 */
export const isValidPostcode = (postcode: string, country: string | null | undefined): boolean =>
  !country || !FRENCH_POSTCODE_COUNTRIES.includes(country) || /^\d{5}$/.test(postcode.trim());
