import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { z } from "zod";
import { Invalid } from "../lib/errors";
import type { Ports } from "../lib/ports";

/**
 * How guessable a new password is, estimated by zxcvbn-ts (the common-passwords and diceware dictionaries,
 * keyboard patterns, repeats, sequences, dates, l33t, and the user's own words): NIST SP 800-63B §5.1.1.2 asks verifiers to
 * refuse passwords found in breach corpuses, dictionary words, repetitive or sequential characters and
 * context-specific words (the service name, the user's own name and address). A score under
 * `MIN_PASSWORD_SCORE` is refused with zxcvbn's own warning and suggestions, so `aaaaaaaaaa`, `1234567890`
 * or `password123` get a message that says why and what to do instead.
 *
 * The dictionaries (@zxcvbn-ts/language-common's common passwords, diceware list and keyboard graphs) are a
 * static asset, public/zxcvbn/common.json (scripts/password-dictionary.mjs), read through ASSETS on the
 * first password set in this isolate (sign-up, reset) and kept: they stay out of the Worker bundle (~220 KiB
 * gzipped) and no other request parses them. language-en's word lists (English words, names, Wikipedia) are
 * not used: the common-passwords list already holds the words people actually use as passwords. The
 * feedback sentences are language-en's (English), kept in the problem's `detail`; the UI shows its own
 * sentence for `weak_password` in the reader's language.
 */

/** zxcvbn's score 0–4; 3 is "safely unguessable: moderate protection from an offline slow-hash scenario". */
const MIN_PASSWORD_SCORE = 3;

let factory: Promise<ZxcvbnFactory> | null = null;

/** public/zxcvbn/common.json: what @zxcvbn-ts/language-common exports, as JSON. */
const dictionaryFile = z.object({
  dictionary: z.record(z.string(), z.array(z.string())),
  adjacencyGraphs: z.record(z.string(), z.record(z.string(), z.array(z.string().nullable()))),
});

/** The estimator with the common dictionaries (read from the static assets) and English feedback, once per isolate. */
function estimator(asset: Ports["asset"]): Promise<ZxcvbnFactory> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, en, bytes] = await Promise.all([
      import("@zxcvbn-ts/core"),
      // The sentences only: the package's index would bring its word lists along.
      import("@zxcvbn-ts/language-en/dist/translations"),
      asset("zxcvbn/common.json"),
    ]);
    const common = dictionaryFile.parse(JSON.parse(new TextDecoder().decode(bytes)));
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
export async function assertStrongPassword(
  ports: Pick<Ports, "asset">,
  password: string,
  context: (string | undefined)[],
): Promise<void> {
  const inputs = ["rentline", ...context.flatMap((c) => (c ? [c, ...c.split(/[@.\s_-]+/)] : []))].filter(
    (w) => w.length >= 3,
  );
  const result = (await estimator(ports.asset)).check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const why = result.feedback.warning ?? "This password is too easy to guess.";
  const how = result.feedback.suggestions.length
    ? result.feedback.suggestions.join(" ")
    : "Use a few uncommon words together, or a longer phrase.";
  const message = `${why} ${how}`;
  throw new Invalid(`password: ${message}`, [{ path: "password", message }], "weak_password");
}
