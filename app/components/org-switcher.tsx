import { Form } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { meOutput } from "../../worker/auth/contract";

type Membership = z.infer<typeof meOutput>["memberships"][number];
import { Button } from "./button";

/**
 * Choose the org to act in: a plain form (works before JavaScript loads) posting to /org/switch, which
 * sets the `rl_org` cookie. An explicit button rather than switching on change, so moving through the
 * list with a keyboard never reloads the page by surprise.
 */
export function OrgSwitcher({
  memberships,
  current,
  id = "org-switcher",
}: {
  memberships: Membership[];
  current: string;
  /** The select's id (the header's and the phone's More sheet's differ). */
  id?: string;
}) {
  const t = useTranslations("ui.orgSwitcher");
  return (
    <Form method="post" action="/org/switch" className="flex min-w-0 items-center gap-1">
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <select
        id={id}
        name="orgId"
        defaultValue={current}
        className="max-w-[9.5rem] min-w-0 truncate rounded-lg border border-slate-300 bg-white py-1.5 pe-7 ps-2 text-sm text-slate-900 focus:outline-2 focus:outline-teal-700 sm:max-w-xs"
      >
        {memberships.map((m) => (
          <option key={m.orgId} value={m.orgId}>
            {m.isDisabled ? t("disabled", { name: m.orgName }) : m.orgName}
          </option>
        ))}
      </select>
      <Button variant="secondary" className="px-2.5 py-1.5">
        {t("switch")}
      </Button>
    </Form>
  );
}
