import { Icon } from "./ui/icon";
import { Form } from "react-router";
import { useTranslations } from "use-intl";
import type { Side } from "../lib/sides";

type SideSwitchProps = { side: Side; compact?: boolean; staffOnly?: boolean };

/**
 * For a person who is both landlord and renter: which side the navigation shows, and a button to the other
 * (a plain form posting to /side, so it works before JavaScript loads). `compact` drops the side's name
 * (the desktop bar, where space is short); the button always says where it goes. For maintenance staff
 * (`staffOnly`) the landlord side is the team's: "Espace équipe", never "Espace propriétaire".
 */
export function SideSwitch({ side, compact = false, staffOnly = false }: SideSwitchProps) {
  const t = useTranslations("navigation");
  const other: Side = side === "landlord" ? "renter" : "landlord";
  const name = (s: Side) => (staffOnly && s === "landlord" ? "team" : s);
  return (
    <Form method="post" action="/side" className="flex min-w-0 flex-wrap items-center gap-2">
      {compact ? null : (
        <span
          className="rounded-full bg-teal-50 px-2.5 py-1 text-xs font-semibold text-teal-900"
          data-testid="current-side"
        >
          {t("currentSide", { side: t(`sides.${name(side)}`) })}
        </span>
      )}
      <input type="hidden" name="side" value={other} />
      <button
        type="submit"
        className="inline-flex items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      >
        <Icon name="arrow-left-right" className="size-4 shrink-0" />
        {t(`switchTo.${name(other)}`)}
      </button>
    </Form>
  );
}
