import { formatDate } from "../lib/i18n/format";
import { formatMoney } from "../lib/money";
import { isolate } from "../lib/pdf/text";
import type { AgreementFields } from "./fields";
import { agreementKind } from "./law";
import type { Block } from "./blocks";
import { landlordBlock } from "./landlord-words";
import { mobilityReasonBlocks } from "./mobility-words";
import { annexBlocks, chargesBlocks, chargesLabel, kindBlocks, landlordKindBlocks, termBlock } from "./law-words";

/**
 * The agreement templates: standard or with an early-exit clause, in French or English, furnished or not
 * (eight templates from two texts). A template turns the fields into blocks of text; the renderer lays
 * the blocks out. Amounts are formatted with the agreement's locale and currency.
 */
export const templateLocales = ["fr", "en"] as const;
export const templateKinds = ["standard", "early_exit"] as const;
type TemplateLocale = (typeof templateLocales)[number];
export type Template = {
  name: string;
  title: string;
  locale: TemplateLocale;
  kind: (typeof templateKinds)[number];
  furnished: boolean;
};

export const TEMPLATES: Template[] = templateLocales.flatMap((locale) =>
  templateKinds.flatMap((kind) =>
    [false, true].map((furnished) => ({
      name: `${kind}-${locale}-${furnished ? "furnished" : "unfurnished"}`,
      locale,
      kind,
      furnished,
      title: titleOf(locale, kind, furnished),
    })),
  ),
);
export const templateNames = TEMPLATES.map((t) => t.name) as [string, ...string[]];

export function templateByName(name: string): Template | undefined {
  return TEMPLATES.find((t) => t.name === name);
}

/**
 * The agreement's title for its kind of lease: a student's furnished lease (art. 25-7) and a bail mobilité
 * (titre Ier ter) are named as such ("Contrat de location meublée étudiante", "Bail mobilité"); the other
 * kinds keep their template's title.
 */
export function titleFor(template: Template, f: AgreementFields): string {
  const kind = agreementKind(f, template.furnished);
  const exit = template.kind === "early_exit";
  if (kind === "mobility") return template.locale === "fr" ? "Bail mobilité" : "Bail mobilité (mobility lease)";
  if (kind !== "student_furnished") return template.title;
  return template.locale === "fr"
    ? `Contrat de location meublée étudiante${exit ? " avec clause de sortie anticipée" : ""}`
    : `Furnished student tenancy agreement${exit ? " with early-exit clause" : ""}`;
}

/** The template by name, titled for the agreement's kind of lease (`titleFor`); undefined for an unknown name. */
export function templateFor(name: string, f: AgreementFields): Template | undefined {
  const template = templateByName(name);
  return template && { ...template, title: titleFor(template, f) };
}

function titleOf(locale: TemplateLocale, kind: Template["kind"], furnished: boolean): string {
  if (locale === "fr")
    return `Contrat de location ${furnished ? "meublée" : "vide"}${kind === "early_exit" ? " avec clause de sortie anticipée" : ""}`;
  return `${furnished ? "Furnished" : "Unfurnished"} residential tenancy agreement${kind === "early_exit" ? " with early-exit clause" : ""}`;
}

const words = {
  fr: {
    parties: "1. Les parties",
    landlord: "Le bailleur",
    renter: "Le locataire",
    idNumber: "pièce d’identité n°",
    property: "2. Le logement",
    address: "Adresse",
    unit: "Lot",
    rooms: "Nombre de pièces",
    services: "Services inclus",
    equipment: "Équipements",
    term: "3. Durée",
    period: (m: number) => `Le bail est conclu pour ${m} mois.`,
    from: "Date de prise d’effet",
    until: "Date de fin",
    money: "4. Loyer et charges",
    rent: "Loyer mensuel",
    charges: "Provision pour charges",
    paymentDay: (d: number) =>
      d >= 31
        ? "Le loyer est payable d’avance le dernier jour de chaque mois."
        : `Le loyer est payable d’avance le ${d === 1 ? "1er" : d} de chaque mois.`,
    upFront: (m: number) => `${m} mois de loyer sont versés d’avance à la signature.`,
    standingOrder: "Début du virement permanent",
    utilities: "5. Consommations",
    water: "Plafond d’eau",
    electricity: "Plafond d’électricité",
    deposit: "6. Dépôt de garantie",
    depositAmount: "Montant du dépôt de garantie",
    noDeposit: "Aucun dépôt de garantie n’est exigé.",
    guarantor: "7. Caution",
    noGuarantor: "Aucune caution n’est exigée.",
    guarantorIs: "La caution solidaire est",
    clauses: "8. Clauses particulières",
    earlyExit:
      "Sortie anticipée : le locataire peut quitter le logement avant le terme en respectant un préavis d’un mois, notifié par écrit. Le loyer reste dû jusqu’à la fin du préavis.",
    furnished:
      "Le logement est loué meublé, avec le mobilier et les équipements listés ci-dessus, conformément à l’inventaire signé à l’entrée.",
    unfurnished: "Le logement est loué vide de meubles.",
    general:
      "Le locataire use paisiblement du logement, l’entretient et permet l’accès pour les réparations urgentes. Le bailleur délivre un logement décent et en assure la jouissance paisible.",
    dated: "Fait le",
    none: "—",
    /** French typography: a no-break space before the colon. */
    colon: "\u00a0:",
    /** The first of the month is "1er" (1er septembre 2026). */
    firstDay: (date: string) => date.replace(/^1 /, "1er "),
  },
  en: {
    parties: "1. The parties",
    landlord: "The landlord",
    renter: "The renter",
    idNumber: "ID no.",
    property: "2. The property",
    address: "Address",
    unit: "Unit",
    rooms: "Number of rooms",
    services: "Included services",
    equipment: "Equipment",
    term: "3. Term",
    period: (m: number) => `This agreement is made for ${m} months.`,
    from: "Start date",
    until: "End date",
    money: "4. Rent and charges",
    rent: "Monthly rent",
    charges: "Monthly charges",
    paymentDay: (d: number) =>
      d >= 31
        ? "Rent is payable in advance on the last day of each month."
        : `Rent is payable in advance on day ${d} of each month.`,
    upFront: (m: number) => `${m} months of rent are paid up front on signature.`,
    standingOrder: "Standing order starts",
    utilities: "5. Utilities",
    water: "Water limit",
    electricity: "Electricity limit",
    deposit: "6. Deposit",
    depositAmount: "Deposit amount",
    noDeposit: "No deposit is required.",
    guarantor: "7. Guarantor",
    noGuarantor: "No guarantor is required.",
    guarantorIs: "The guarantor is",
    clauses: "8. Special clauses",
    earlyExit:
      "Early exit: the renter may leave before the end of the term by giving one month's written notice. Rent remains due until the notice period ends.",
    furnished:
      "The property is let furnished, with the furniture and equipment listed above, as recorded in the inventory signed at move-in.",
    unfurnished: "The property is let unfurnished.",
    general:
      "The renter uses the property peacefully, keeps it in good order and allows access for urgent repairs. The landlord provides a decent home and ensures its quiet enjoyment.",
    dated: "Dated",
    none: "—",
    colon: ":",
    firstDay: (date: string) => date,
  },
} as const;

/** The Intl locale an agreement's amounts are written in. */
const MONEY_LOCALE: Record<TemplateLocale, string> = { fr: "fr-FR", en: "en-GB" };

/** The agreement's text as blocks, in reading order. */
export function agreementBlocks(template: Template, f: AgreementFields): Block[] {
  const w = words[template.locale];
  const amount = (minor: number) => formatMoney(minor, f.rent.currency, MONEY_LOCALE[template.locale]);
  // Every value a person typed is a bidi isolate, so an Arabic or Hebrew value does not reorder its neighbours.
  const or = (v: string) => (v ? isolate(v) : w.none);
  // Dates as people write them in the template's language (1 septembre 2026), never ISO.
  const day = (iso: string) => (iso ? w.firstDay(formatDate(iso, template.locale, "long")) : w.none);
  const field = (label: string, text: string): Block => ({ kind: "field", label: `${label}${w.colon}`, text });
  const then = (v: string, prefix = "") => (v ? `, ${prefix}${isolate(v)}` : "");
  const party = (
    label: string,
    p: { name: string; idNumber: string; phone: string; email: string; address: string },
  ): Block => ({
    kind: "paragraph",
    text: `${label}${w.colon} ${or(p.name)}${then(p.idNumber, `${w.idNumber} `)}${then(p.address)}${then(p.phone)}${then(p.email)}.`,
  });
  const blocks: Block[] = [
    { kind: "title", text: titleFor(template, f) },
    { kind: "heading", text: w.parties },
    landlordBlock(template.locale, f.landlord, party(w.landlord, f.landlord)),
    ...landlordKindBlocks(template.locale, f),
    ...f.renters.map((r, i) => party(f.renters.length > 1 ? `${w.renter} ${i + 1}` : w.renter, r)),
    { kind: "heading", text: w.property },
    field(w.address, or(f.property.address)),
    field(w.unit, or(f.property.unit)),
    field(w.rooms, String(f.property.roomsCount)),
    field(w.services, or(f.property.includedServices)),
    field(w.equipment, or(f.property.equipment)),
    { kind: "paragraph", text: template.furnished ? w.furnished : w.unfurnished },
    ...kindBlocks(template.locale, agreementKind(f, template.furnished)),
    ...mobilityReasonBlocks(template.locale, agreementKind(f, template.furnished), f),
    { kind: "heading", text: w.term },
    termBlock(template.locale, f, w.period(f.lease.periodMonths), agreementKind(f, template.furnished)),
    field(w.from, day(f.lease.startDate)),
    field(w.until, day(f.lease.endDate)),
    { kind: "heading", text: w.money },
    field(w.rent, amount(f.rent.amount)),
    field(chargesLabel(template.locale, f, w.charges), amount(f.rent.charges)),
    ...chargesBlocks(template.locale, f),
    { kind: "paragraph", text: w.paymentDay(f.rent.paymentDay) },
    ...(f.rent.monthsPaidUpFront > 0
      ? [{ kind: "paragraph", text: w.upFront(f.rent.monthsPaidUpFront) } as Block]
      : []),
    field(w.standingOrder, day(f.rent.standingOrderStart)),
    { kind: "heading", text: w.utilities },
    field(w.water, or(f.utilities.waterLimit)),
    field(w.electricity, or(f.utilities.electricityLimit)),
    { kind: "heading", text: w.deposit },
    f.deposit.required ? field(w.depositAmount, amount(f.deposit.amount)) : { kind: "paragraph", text: w.noDeposit },
    { kind: "heading", text: w.guarantor },
    f.guarantor.required
      ? {
          kind: "paragraph",
          text: `${w.guarantorIs} ${or(f.guarantor.name)}${then(f.guarantor.idNumber, `${w.idNumber} `)}${then(f.guarantor.address)}${then(f.guarantor.phone)}.`,
        }
      : { kind: "paragraph", text: w.noGuarantor },
    { kind: "heading", text: w.clauses },
    { kind: "paragraph", text: w.general },
    ...(template.kind === "early_exit" ? [{ kind: "paragraph", text: w.earlyExit } as Block] : []),
    ...f.freeClauses.map((clause): Block => ({ kind: "paragraph", text: clause })),
    ...annexBlocks(template.locale, f),
    { kind: "paragraph", text: `${w.dated} ${day(f.date)}.` },
  ];
  return blocks;
}
