import { useTranslations } from "use-intl";
import { ButtonLink } from "./button";
import { Card } from "./page";

/**
 * The property page's Expenses section (owners and managers): the way to the property's expenses (list by
 * month, recording one with its receipt) and to this month's owner statement. Its figures live on those
 * pages, each read in one D1 round trip, so the property page keeps its own single read.
 */
export function ExpensesSection({ propertyId }: { propertyId: string }) {
  const t = useTranslations("expenses.section");
  return (
    <Card title={t("title")} headingId="expenses-section-heading" description={t("description")}>
      <div className="flex flex-col gap-2 sm:flex-row">
        <ButtonLink to={`/properties/${propertyId}/expenses`} className="w-full sm:w-auto">
          {t("expenses")}
        </ButtonLink>
        <ButtonLink to={`/properties/${propertyId}/statement`} variant="secondary" className="w-full sm:w-auto">
          {t("statement")}
        </ButtonLink>
      </div>
    </Card>
  );
}
