import type { ReactNode } from "react";
import { LanguageSwitcher } from "./language-switcher";
import { Logo } from "./logo";

/**
 * The header of the public pages (home, listings, a listing, the agreement check): the brand, the
 * language switcher (a visitor's language is negotiated from Accept-Language; this changes it), and the
 * page's own links (`children`, e.g. "Sign in"). Wraps on phones.
 */
export function PublicHeader({ children, width = "max-w-6xl" }: { children?: ReactNode; width?: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className={`mx-auto flex ${width} flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6`}>
        <Logo />
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <LanguageSwitcher />
          {children}
        </div>
      </div>
    </header>
  );
}
