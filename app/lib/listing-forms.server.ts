import { z } from "zod";
import { listingInput, listingPatch, placeInput } from "../../worker/listings/contract";
import { formMessages, moneyInput } from "./forms.server";

/**
 * The landlord's listing forms (new listing, edit) on the listings contract. Amounts are typed as money in
 * the listing's currency and sent as integer minor units; blank charges, deposit and guarantors mean none.
 */
const amount = placeInput.shape.rentAmount;

export const listingMessages = formMessages({
  title: { required: "Enter a title", tooSmall: "Use at least 3 characters" },
  description: "Enter a description",
  city: "Enter the city",
  address: "Enter the address",
  rent: { required: "Enter the rent, like 650.00" },
  availableFrom: "Enter the date it is available from",
});

/** "Room A, 1, 450.00" per line → places; no line means one place (the whole flat) at `rent`. */
function placesOf(text: string, rent: number, currency: string, ctx: z.RefinementCtx) {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return [{ name: "Whole place", capacity: 1, rentAmount: rent }];
  return lines.map((line, i) => {
    const [name = "", capacity = "1", price = ""] = line.split(",").map((p) => p.trim());
    const rentAmount = moneyInput(currency).safeParse(price);
    if (!rentAmount.success)
      ctx.addIssue({ code: "custom", path: ["rooms"], message: `Line ${i + 1}: write "name, places, rent"` });
    return { name, capacity: Number(capacity), rentAmount: rentAmount.success ? rentAmount.data : 0 };
  });
}

/** A new listing: the contract's input, with its places written one per line in `rooms`. */
export function newListingForm(currency: string) {
  const money = moneyInput(currency).pipe(amount);
  return listingInput
    .omit({ rooms: true })
    .extend({
      rent: money,
      chargesAmount: money.default(0),
      depositAmount: money.default(0),
      rooms: z.string().max(5000).default(""),
    })
    .transform(({ rent, rooms, ...listing }, ctx) => ({ ...listing, rooms: placesOf(rooms, rent, currency, ctx) }));
}

/** Photos as the edit form lists them: keep or not, and a position that sets the order. */
const photoChoice = z.object({
  id: z.string().max(64),
  keep: z.boolean().default(false),
  position: z.number().int().default(0),
});

/** An edit: the contract's patch; `photos` become `photoOrder` (the kept ones, by position). */
export function listingEditForm(currency: string) {
  const money = moneyInput(currency).pipe(amount);
  return listingPatch
    .omit({ photoOrder: true })
    .extend({
      chargesAmount: money.default(0),
      depositAmount: money.default(0),
      guarantorsRequired: listingInput.shape.guarantorsRequired,
      photos: z.array(photoChoice).max(50).default([]),
    })
    .transform(({ photos, ...patch }) => ({
      ...patch,
      photoOrder: photos
        .filter((p) => p.keep)
        .sort((a, b) => a.position - b.position)
        .map((p) => p.id),
    }));
}
