import { Icon } from "./ui/icon";
import type { ReactNode } from "react";
import { Button as AriaButton, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Link, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import { isCurrent, type NavItem } from "../lib/sides";
import { NAV_ICONS } from "./nav-icons";

/**
 * The phone's "More" sheet: a modal dialog rising from the bottom (react-aria: focus moves in and is kept
 * there, Escape, a tap outside or the close button closes it: `onClose`, which returns focus to "More"),
 * listing the side's other destinations and then `children` (side switch, org, sign out). Following a link
 * closes it.
 */
export function MoreSheet({
  items,
  onClose,
  children,
}: {
  items: NavItem[];
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("navigation");
  const { pathname } = useLocation();
  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => open || onClose()}
      isDismissable
      className="fixed inset-0 z-50 flex items-end bg-slate-900/40 md:hidden"
    >
      <Modal className="max-h-[85vh] w-full overflow-y-auto rounded-t-2xl bg-white p-4 pb-[calc(1rem+env(safe-area-inset-bottom))] shadow-xl">
        <Dialog className="outline-none" data-testid="more-sheet">
          {({ close }) => (
            <>
              <div className="flex items-center justify-between gap-3">
                <Heading slot="title" className="text-lg font-semibold text-slate-900">
                  {t("moreTitle")}
                </Heading>
                <AriaButton
                  onPress={close}
                  aria-label={t("close")}
                  className="rounded-full p-2 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
                >
                  <Icon name="x" className="size-5" />
                </AriaButton>
              </div>
              <ul className="mt-2 divide-y divide-slate-100">
                {items.map((item) => {
                  const current = isCurrent(item, pathname);
                  return (
                    <li key={item.to}>
                      <Link
                        to={item.to}
                        onClick={close}
                        aria-current={current ? "page" : undefined}
                        className={`flex items-center gap-3 rounded-lg px-2 py-3 text-base font-medium focus-visible:outline-2 focus-visible:outline-teal-700 ${
                          current ? "bg-teal-50 text-teal-900" : "text-slate-800 hover:bg-slate-50"
                        }`}
                      >
                        <Icon name={NAV_ICONS[item.key]} className="size-5 shrink-0 text-slate-500" />
                        {t(`items.${item.key}`)}
                      </Link>
                    </li>
                  );
                })}
              </ul>
              <div className="mt-4 space-y-3 border-t border-slate-200 pt-4">{children}</div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
