import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { Invalid } from "../lib/errors";

/**
 * How guessable a new password is, estimated by zxcvbn-ts (dictionaries of common passwords, English words
 * and names, keyboard patterns, repeats, sequences, dates, l33t): NIST SP 800-63B §5.1.1.2 asks verifiers to
 * refuse passwords found in breach corpuses, dictionary words, repetitive or sequential characters and
 * context-specific words (the service name, the user's own name and address). A score under
 * `MIN_PASSWORD_SCORE` is refused with zxcvbn's own warning and suggestions, so `aaaaaaaaaa`, `1234567890`
 * or `password123` get a message that says why and what to do instead.
 *
 * The dictionaries are about 1.5 MB of JSON: they are imported lazily, on the first password set in this
 * isolate (sign-up, reset), so they weigh on no other request and the Worker's start-up does not parse them.
 */

/** zxcvbn's score 0–4; 3 is "safely unguessable: moderate protection from an offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

let factory: Promise<ZxcvbnFactory> | null = null;

/** The estimator with the common and English dictionaries, built once per isolate on first use. */
function estimator(): Promise<ZxcvbnFactory> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    return new ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
  })();
  factory.catch(() => (factory = null));
  return factory;
}

/**
 * 400 `weak_password` (field `password`) when zxcvbn scores `password` under `MIN_PASSWORD_SCORE`, counting
 * `context` (the account's email, name, org name; "rentline") as known words. The message is zxcvbn's
 * warning and suggestions, in English.
 */
export async function assertStrongPassword(password: string, context: (string | undefined)[]): Promise<void> {
  const inputs = ["rentline", ...context.flatMap((c) => (c ? [c, ...c.split(/[@.\s_-]+/)] : []))].filter(
    (w) => w.length >= 3,
  );
  const result = (await estimator()).check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const why = result.feedback.warning ?? "This password is too easy to guess.";
  const how = result.feedback.suggestions.length
    ? result.feedback.suggestions.join(" ")
    : "Use a few uncommon words together, or a longer phrase.";
  const message = `${why} ${how}`;
  throw new Invalid(`password: ${message}`, [{ path: "password", message }], "weak_password");
}
