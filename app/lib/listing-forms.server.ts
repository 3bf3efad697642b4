import { z } from "zod";
import {
  chargesKinds,
  energyClassChoices,
  energyClasses,
  listingInput,
  listingPatch,
  placeInput,
} from "../../worker/listings/contract";
import { decimalInput } from "./decimal-input.server";
import { formMessages, moneyInput } from "./forms.server";
import { requestLocale, translate } from "../i18n/translate.server";
import { lawSentences } from "./law-problem.server";
import { formatDate } from "../../worker/lib/i18n/format";

/**
 * The landlord's listing forms (new listing, edit) on the listings contract. Amounts are typed as money in
 * the listing's currency and sent as integer minor units; blank charges, deposit and guarantors mean none.
 */
const amount = placeInput.shape.rentAmount;

/** The day "available from" is shown with as an example of a real date. */
const EXAMPLE_DATE = "2026-09-01";

/** The listing forms' messages, in the request's language. */
export function listingMessages(request: Request) {
  const t = translate(request, "listingManage");
  return formMessages(
    {
      title: { required: t("manage.enterTitle"), tooSmall: t("manage.titleTooShort") },
      description: t("manage.enterDescription"),
      city: { required: t("manage.enterCity") },
      address: { required: t("manage.enterAddress") },
      rent: { required: t("manage.enterRent") },
      // Missing, or not a real date (out of range included): each said in its own words.
      availableFrom: {
        required: t("manage.enterAvailableFrom"),
        invalid: t("manage.availableFromInvalid", { example: formatDate(EXAMPLE_DATE, requestLocale(request)) }),
      },
      livingArea: { invalid: t("form.areaInvalid") },
    },
    requestLocale(request),
  );
}

/** A blank choice means "not stated" (null), on a new listing and on an edit alike. */
const orNull = <T extends z.ZodType>(schema: T) => schema.optional().transform((v) => v ?? null);

/**
 * The French ad fields as the forms post them: the area as typed ("42,5", "42.5" or "1 234,5" m²; app/lib/
 * decimal-input.server.ts), selects whose
 * blank option is "not stated", the yearly energy costs as money in the listing's currency.
 */
function adFields(currency: string, request: Request) {
  const locale = requestLocale(request);
  const money = moneyInput(currency, locale, amount);
  const shape = listingInput.shape;
  return {
    livingArea: orNull(
      decimalInput(locale, shape.livingArea.unwrap().unwrap(), {
        invalid: translate(request, "listingManage")("form.areaInvalid"),
      }),
    ),
    furnished: orNull(z.enum(["true", "false"]).transform((v) => v === "true")),
    energyClass: orNull(z.enum(energyClassChoices)),
    ghgClass: orNull(z.enum(energyClasses)),
    chargesKind: orNull(z.enum(chargesKinds)),
    energyCostMin: orNull(money),
    energyCostMax: orNull(money),
    energyPriceYear: orNull(shape.energyPriceYear.unwrap().unwrap()),
  };
}

/**
 * "Room A, 1, 450.00" (or "Chambre A, 1, 450,50") per line → places; no line means one place (the whole
 * flat) at `rent`.
 */
function placesOf(text: string, rent: number, currency: string, request: Request, ctx: z.RefinementCtx) {
  const t = translate(request, "listingManage");
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return [{ name: t("manage.wholePlace"), capacity: 1, rentAmount: rent }];
  return lines.map((line, i) => {
    // The price keeps its own decimal comma: "Chambre A, 1, 450,50" is 450.50, not 450.
    const [name = "", capacity = "1", ...price] = line.split(",").map((p) => p.trim());
    const rentAmount = moneyInput(currency, requestLocale(request), z.number()).safeParse(price.join(","));
    if (!rentAmount.success)
      ctx.addIssue({ code: "custom", path: ["rooms"], message: t("manage.roomLine", { line: i + 1 }) });
    return { name, capacity: Number(capacity), rentAmount: rentAmount.success ? rentAmount.data : 0 };
  });
}

/** A new listing: the contract's input, with its places written one per line in `rooms`. */
export function newListingForm(currency: string, request: Request) {
  const money = moneyInput(currency, requestLocale(request), amount);
  return listingInput
    .omit({ rooms: true })
    .extend({
      rent: money,
      chargesAmount: money.default(0),
      depositAmount: money.default(0),
      rooms: z.string().max(5000).default(""),
      ...adFields(currency, request),
    })
    .transform(({ rent, rooms, ...listing }, ctx) => ({
      ...listing,
      rooms: placesOf(rooms, rent, currency, request, ctx),
    }));
}

/** Photos as the edit form lists them: keep or not, and a position that sets the order. */
const photoChoice = z.object({
  id: z.string().max(64),
  keep: z.boolean().default(false),
  position: z.number().int().default(0),
});

/** An edit: the contract's patch; `photos` become `photoOrder` (the kept ones, by position). */
export function listingEditForm(currency: string, request: Request) {
  const money = moneyInput(currency, requestLocale(request), amount);
  return listingPatch
    .omit({ photoOrder: true })
    .extend({
      chargesAmount: money.default(0),
      depositAmount: money.default(0),
      guarantorsRequired: listingInput.shape.guarantorsRequired,
      photos: z.array(photoChoice).max(50).default([]),
      ...adFields(currency, request),
    })
    .transform(({ photos, ...patch }) => ({
      ...patch,
      photoOrder: photos
        .filter((p) => p.keep)
        .sort((a, b) => a.position - b.position)
        .map((p) => p.id),
    }));
}

const AD_FIELDS = ["livingArea", "furnished", "energyClass", "ghgClass"] as const;

/**
 * The sentence for a refused publication (`listing_incomplete`): the missing fields the problem's `errors`
 * name, listed in the request's language ("renseignez : la surface habitable et la classe GES").
 */
function incompleteAdSentence(errors: { path: string }[], request: Request): string {
  const t = translate(request, "listingManage");
  const missing = AD_FIELDS.filter((f) => errors.some((e) => e.path === f)).map((f) => t(`publishing.fields.${f}`));
  const list = new Intl.ListFormat(requestLocale(request), { type: "conjunction" }).format(missing);
  return t("publishing.incomplete", { fields: list });
}

/**
 * A refused publication in the request's language, everything at once: the missing fields of a French ad
 * (`listing_incomplete`) and the sentence of each French-law rule it breaks (deposit cap, flat charges on an
 * unfurnished home; money in `currency`). Other problems come back as they are.
 */
export function publishRefusal<P extends { code?: string | null; detail?: string; errors?: unknown[] }>(
  problem: P,
  request: Request,
  currency: string,
): P {
  const errors = (problem.errors ?? []) as { path: string; code?: string }[];
  const incomplete = errors.filter((e) => e.code === "listing_incomplete" || problem.code === "listing_incomplete");
  const sentences = [
    ...(incomplete.some((e) => (AD_FIELDS as readonly string[]).includes(e.path))
      ? [incompleteAdSentence(incomplete, request)]
      : []),
    ...lawSentences(errors, request, currency),
  ];
  return sentences.length ? { ...problem, detail: sentences.join(" "), errors: [] } : problem;
}
