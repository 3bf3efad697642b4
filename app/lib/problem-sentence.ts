import type { problems } from "../../worker/lib/i18n/messages/fr/problems";

/** A problem code the `problems` catalogue has a sentence for (every code should, as they are translated). */
export type TranslatedProblem = keyof typeof problems;

/**
 * `code` when the page's `problems` catalogue has a sentence for it (`has`: the namespace's `t.has`), else
 * null (show a generic sentence). The page's own catalogue answers, not an imported one: a server catalogue
 * would ship with the page's JavaScript (issue 17 §5).
 */
export function translatedProblem(
  code: string | null | undefined,
  has: (key: TranslatedProblem) => boolean,
): TranslatedProblem | null {
  return code && has(code as TranslatedProblem) ? (code as TranslatedProblem) : null;
}
