import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { Invalid } from "../lib/errors";

/**
 * How guessable a new password is, estimated by zxcvbn-ts (the common-passwords and diceware dictionaries,
 * keyboard patterns, repeats, sequences, dates, l33t, and the user's own words): NIST SP 800-63B §5.1.1.2 asks verifiers to
 * refuse passwords found in breach corpuses, dictionary words, repetitive or sequential characters and
 * context-specific words (the service name, the user's own name and address). A score under
 * `MIN_PASSWORD_SCORE` is refused with zxcvbn's own warning and suggestions, so `aaaaaaaaaa`, `1234567890`
 * or `password123` get a message that says why and what to do instead.
 *
 * The dictionaries are imported lazily, on the first password set in this isolate (sign-up, reset), so no
 * other request and not the Worker's start-up parses them. Only @zxcvbn-ts/language-common's (~240 KiB
 * gzipped with the estimator) and language-en's feedback sentences: its word lists (English words, names,
 * Wikipedia; another ~600 KiB gzipped) would take the Worker to the edge of Cloudflare's 3 MiB bundle limit,
 * and the common-passwords list already holds the words people actually use as passwords.
 */

/** zxcvbn's score 0–4; 3 is "safely unguessable: moderate protection from an offline slow-hash scenario". */
const MIN_PASSWORD_SCORE = 3;

let factory: Promise<ZxcvbnFactory> | null = null;

/** The estimator with the common and English dictionaries, built once per isolate on first use. */
function estimator(): Promise<ZxcvbnFactory> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      // The sentences only: the package's index would bring its word lists along.
      import("@zxcvbn-ts/language-en/dist/translations"),
    ]);
    return new ZxcvbnFactory({
      translations: en.default,
      graphs: common.adjacencyGraphs,
      dictionary: common.dictionary,
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
