import { useTranslations } from "use-intl";
import { energyClasses, type EnergyClass } from "../../worker/domain";

/**
 * The French DPE labels as ads show them (arrêté du 31 mars 2021, annexe: "étiquette énergie" and
 * "étiquette climat"): seven bars A to G, longer as the class worsens, each in the official label's
 * colour, the dwelling's class drawn larger with its letter called out. Widths are logical (they grow from
 * the start side), so the label reads the same way in right-to-left pages.
 */
const COLOURS: Record<"energy" | "ghg", Record<EnergyClass, string>> = {
  // Étiquette énergie: dark green to red.
  energy: { A: "#009c6d", B: "#52b153", C: "#78bd76", D: "#f4e70f", E: "#f0b40f", F: "#eb8235", G: "#d7221f" },
  // Étiquette climat (GES): light blue to dark violet.
  ghg: { A: "#a4dbf8", B: "#8cb4d3", C: "#7792b1", D: "#606f8f", E: "#4d5271", F: "#393551", G: "#281b35" },
};
/**
 * Bars whose letter is white; the others are black. Chosen by contrast (WCAG 1.4.3, 4.5:1 for this small
 * bold text): energy A is black (5.98:1; white only reaches 3.51:1), G white (5.07:1); GES D to G white.
 */
const DARK = { energy: new Set(["G"]), ghg: new Set(["D", "E", "F", "G"]) };

export function EnergyLabel({ kind, value }: { kind: "energy" | "ghg"; value: EnergyClass }) {
  const t = useTranslations("listings.dpe");
  const title = kind === "energy" ? t("energy") : t("ghg");
  return (
    <figure className="min-w-0 flex-1" data-testid={`${kind}-label`} data-class={value}>
      <figcaption className="text-sm font-medium">
        {t("labelled", {
          label: title,
          value: t("classIs", { class: value }),
        })}
      </figcaption>
      <p className="mt-1 text-xs text-slate-600">{kind === "energy" ? t("energyBest") : t("ghgBest")}</p>
      <ol className="mt-1 space-y-0.5" aria-label={title}>
        {energyClasses.map((letter, i) => {
          const current = letter === value;
          return (
            <li
              key={letter}
              aria-current={current ? "true" : undefined}
              className={`flex items-center ${current ? "h-7" : "h-5"}`}
            >
              <span
                className={`flex h-full items-center rounded-e-full ps-2 text-sm font-bold ${DARK[kind].has(letter) ? "text-white" : "text-black"} ${current ? "ring-2 ring-slate-900 ring-offset-1" : ""}`}
                style={{ width: `${30 + i * 10}%`, backgroundColor: COLOURS[kind][letter] }}
              >
                {letter}
              </span>
              {current && (
                <span className="ms-2 flex items-center gap-1 text-sm font-bold" aria-hidden="true">
                  <span className="h-0 w-0 border-y-8 border-e-8 border-y-transparent border-e-slate-900" />
                  {letter}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-1 text-xs text-slate-600">{kind === "energy" ? t("energyWorst") : t("ghgWorst")}</p>
    </figure>
  );
}

/** A listing card's DPE badge: the class letter on its label colour (or "not required"). */
export function EnergyBadge({ value }: { value: EnergyClass | "not_required" }) {
  const t = useTranslations("listings.card");
  if (value === "not_required") return <span>{t("dpeNotRequired")}</span>;
  return (
    <span
      className={`rounded px-1.5 font-semibold ${DARK.energy.has(value) ? "text-white" : "text-black"}`}
      style={{ backgroundColor: COLOURS.energy[value] }}
    >
      {t("dpe", { class: value })}
    </span>
  );
}
