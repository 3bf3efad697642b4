import { problems } from "../../worker/lib/i18n/messages/fr/problems";

/** A problem code the `problems` catalogue has a sentence for (every code should, as they are translated). */
export type TranslatedProblem = keyof typeof problems;

const isTranslated = (code: string): code is TranslatedProblem => Object.hasOwn(problems, code);

/** `code` when the `problems` catalogue has a sentence for it, else null (show a generic sentence). */
export function translatedProblem(code: string | null | undefined): TranslatedProblem | null {
  return code && isTranslated(code) ? code : null;
}
