import type { SubmissionResult } from "@conform-to/react";
import { useEffect, useRef } from "react";
import { Form, Link, useLocation, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { formErrorOf, succeeded } from "../lib/forms";
import { Button, buttonClass } from "./button";
import { FormError } from "./alert";

/**
 * Deleting takes two steps, with no browser dialog (works without JavaScript): "Delete" asks the action
 * to confirm (its reply succeeds without deleting; see app/lib/delete.server.ts), and the second "Delete"
 * carries `confirm=yes`. `result` is the action's reply to this section's form (intent `delete`).
 */
export function DeleteSection({
  title,
  warning,
  result,
  hidden = {},
}: {
  title: string;
  warning: string;
  result?: SubmissionResult<string[]>;
  hidden?: Record<string, string>;
}) {
  const { pathname } = useLocation();
  const busy = useNavigation().state === "submitting";
  const heading = useRef<HTMLHeadingElement>(null);
  const confirming = succeeded(result);
  const t = useTranslations("deleteSection");
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  return (
    <section
      aria-labelledby="delete-heading"
      className={`rounded-xl border p-4 sm:p-6 ${confirming ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}
    >
      <h2
        id="delete-heading"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold text-slate-900 focus:outline-none"
      >
        {confirming ? t("confirmTitle") : title}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{warning}</p>
      <FormError message={formErrorOf(result)} />
      <Form method="post" className="mt-4 flex flex-wrap items-center gap-3">
        <input type="hidden" name="intent" value="delete" />
        {confirming ? <input type="hidden" name="confirm" value="yes" /> : null}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button variant="danger" disabled={busy}>
          {t("delete")}
        </Button>
        {confirming ? (
          <Link to={pathname} className={buttonClass("secondary")}>
            {t("cancel")}
          </Link>
        ) : null}
      </Form>
    </section>
  );
}
