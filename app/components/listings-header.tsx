import type { ReactNode } from "react";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { buttonClass } from "./button";
import { PublicHeader } from "./public-header";

/**
 * The header of the public listing pages (the search and a listing): the shared public header (brand and
 * language switcher) with the page's own links (`children`) and the visitor's way in: "Sign in", or, once
 * signed in, a link to their home page (`home`, from `homePathFor`; null when signed out).
 */
export function ListingsHeader({
  home,
  width,
  children,
}: {
  home: string | null;
  width?: string;
  children?: ReactNode;
}) {
  const t = useTranslations("listings.header");
  return (
    <PublicHeader width={width}>
      <nav aria-label={t("account")} className="flex flex-wrap items-center gap-2">
        {children}
        {home ? (
          <Link to={home} className={buttonClass("ghost")}>
            {t("mySpace")}
          </Link>
        ) : (
          <Link to="/login" className={buttonClass("ghost")}>
            {t("signIn")}
          </Link>
        )}
      </nav>
    </PublicHeader>
  );
}
