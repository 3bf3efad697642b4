import { useTranslations } from "use-intl";
import { ERASED_USER_NAME } from "../../worker/erasure/vocabulary";

/**
 * A person's name as the page shows it: an erased account's pseudonym (worker/erasure/contract.ts
 * `ERASED_USER_NAME`, stored on the records the landlord keeps) in the reader's language — "Ancien
 * utilisateur", "Former user"… — and every other name as written (issue 16 §3).
 */
export function usePersonName(): (name: string) => string {
  const t = useTranslations("ui");
  const formerUser = t("formerUser");
  return (name) => (name === ERASED_USER_NAME ? formerUser : name);
}
