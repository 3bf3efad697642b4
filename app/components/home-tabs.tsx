import { useSearchParams } from "react-router";
import { useTranslations } from "use-intl";
import { SectionTabs } from "./ui/section-tabs";

/**
 * The renter's home as tabs, like the landlord's apartment page (issue 17 §5: a phone loads the code of the
 * tab it shows, not the whole home's): one panel at a time, named by the `tab` search parameter so each has
 * its own URL (shared in an email, reloaded, reached with the back button). A missing or unknown `tab`, or
 * `lease` without a lease, is Rent.
 */
const HOME_TABS = ["rent", "chat", "documents", "lease"] as const;
export type HomeTab = (typeof HOME_TABS)[number];

/** The tab the URL names (`?tab=`), else Rent; Lease only when the home has a lease. */
export function useHomeTab(hasLease: boolean): HomeTab {
  const [search] = useSearchParams();
  const asked = HOME_TABS.find((t) => t === search.get("tab")) ?? "rent";
  return asked === "lease" && !hasLease ? "rent" : asked;
}

/** The link to a tab of the home being shown (a relative URL: only the search changes). */
const tabHref = (tab: string) => `?tab=${tab}`;

/** The sticky tab row of the renter's home. */
export function HomeTabs({ current, hasLease }: { current: HomeTab; hasLease: boolean }) {
  const t = useTranslations("homes.tabs");
  return (
    <SectionTabs
      label={t("label")}
      current={current}
      hrefOf={tabHref}
      tabs={HOME_TABS.filter((id) => id !== "lease" || hasLease).map((id) => ({ id, label: t(id) }))}
    />
  );
}
