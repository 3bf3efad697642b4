import type { Locale } from "../../lib/i18n/locales";
import type { FontSource } from "../../lib/pdf/coverage";
import type { DrawnPdf } from "../../lib/pdf/text";

/**
 * What the rent revision letter prints (./letter.ts draws it, in the render worker): apart from the drawing
 * code so that the request path checks the typed text and the queue consumer builds the input without loading
 * pdf-lib.
 */
export type LetterInput = {
  locale: Locale;
  landlord: { name: string; address: string };
  renters: string[];
  propertyAddress: string;
  /** `YYYY-MM-DD`. */
  anniversary: string;
  /** Minor units of `currency` (ISO 4217). */
  previousRent: number;
  newRent: number;
  currency: string;
  base: { quarter: string; value: string };
  new: { quarter: string; value: string };
  /** `YYYY-MM`. */
  effectivePeriod: string;
  /** `YYYY-MM-DD`, in the org's time zone. */
  issuedOn: string;
  letterId: string;
};

/** What a person typed that the letter prints: names and addresses (to check before queueing a render). */
export const letterTexts = (r: LetterInput) => [r.landlord.name, r.landlord.address, ...r.renters, r.propertyAddress];

/** What draws the letter: the render worker (workers/render `RenderService`), over the RENDER service binding. */
export type LetterDrawer = { revisionLetter(input: LetterInput, fonts: FontSource): Promise<DrawnPdf> };
