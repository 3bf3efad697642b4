import { z } from "zod";

/**
 * A list of ids as an input: each id once. A list naming one id twice is refused (400 `invalid_input`,
 * naming the repeated ids) rather than silently counted twice (one guarantor listed three times must not
 * satisfy "3 guarantors required"). `item` validates each id; `what` names them in the message.
 */
export function idList(item: z.ZodString, what: string) {
  return z.array(item).superRefine((ids, ctx) => {
    const repeated = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    if (repeated.length)
      ctx.addIssue({ code: "custom", message: `lists the same ${what} twice: ${repeated.join(", ")}` });
  });
}
