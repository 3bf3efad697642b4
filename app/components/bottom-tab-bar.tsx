import { Icon } from "./ui/icon";
import { lazy, type ReactNode, Suspense, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import { isCurrent, type NavItem } from "../lib/sides";
import { NAV_ICONS } from "./nav-icons";

// The More sheet (a react-aria modal) loads when it is first opened, not with every page (issue 17 §5); its
// trigger is a plain button, so no page loads react-aria for the bar itself.
const MoreSheet = lazy(() => import("./more-sheet").then((m) => ({ default: m.MoreSheet })));

const tabClass = (current: boolean) =>
  `flex h-full min-w-0 flex-col items-center justify-center gap-0.5 px-1 py-2 text-center text-[11px] leading-tight font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-teal-700 ${
    current ? "text-teal-800" : "text-slate-600 hover:text-slate-900"
  }`;

/**
 * The phone's navigation (below `md`): a bar fixed at the bottom with the side's 4 main destinations
 * (icon and short label; `aria-current="page"` on the current one) and "More", which opens the More sheet
 * with the rest (`sheet`: its extra controls — side switch, org, sign out). Hidden on larger screens, where
 * the top bar shows everything.
 */
export function BottomTabBar({ primary, more, sheet }: { primary: NavItem[]; more: NavItem[]; sheet: ReactNode }) {
  const t = useTranslations("navigation");
  const { pathname } = useLocation();
  const moreIsCurrent = more.some((item) => isCurrent(item, pathname));
  const [sheetOpen, setSheetOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const closeSheet = () => {
    setSheetOpen(false);
    trigger.current?.focus();
  };
  return (
    <nav
      aria-label={t("tabBar")}
      className="fixed inset-x-0 bottom-0 z-40 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden"
    >
      <ul className="grid h-16 grid-cols-5">
        {primary.map((item) => {
          const current = isCurrent(item, pathname);
          return (
            <li key={item.to} className="min-w-0">
              <Link to={item.to} aria-current={current ? "page" : undefined} className={tabClass(current)}>
                <Icon name={NAV_ICONS[item.key]} className="size-5 shrink-0" strokeWidth={current ? 2.4 : 1.8} />
                <span className="max-w-full break-words">{t(`tabs.${item.key}`)}</span>
              </Link>
            </li>
          );
        })}
        <li className="min-w-0">
          <button
            ref={trigger}
            type="button"
            aria-haspopup="dialog"
            aria-expanded={sheetOpen}
            onClick={() => setSheetOpen(true)}
            className={`w-full ${tabClass(moreIsCurrent)}`}
            data-testid="more-button"
          >
            <Icon name="ellipsis" className="size-5 shrink-0" />
            <span>{t("more")}</span>
          </button>
          {sheetOpen && (
            <Suspense fallback={null}>
              <MoreSheet items={more} onClose={closeSheet}>
                {sheet}
              </MoreSheet>
            </Suspense>
          )}
        </li>
      </ul>
    </nav>
  );
}
