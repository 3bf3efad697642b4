import { lazy } from "react";
import { useTranslations } from "use-intl";
import { buttonClass } from "./button";
import { ErasureExplanation } from "./erasure-explanation";
import { ModalButton } from "./modal-button";
import { Card } from "./page";

// The dialog (react-aria and its form) loads when it is first opened (issue 17 §5).
const ErasureModal = lazy(() => import("./erasure-modal").then((m) => ({ default: m.ErasureModal })));

type Kind = "account" | "org";

/**
 * The danger zone of the account page ("Delete my account") and of the org settings ("Close this
 * organization"; owners), issue 16 §3: a card saying what goes and what the law keeps, and a dialog
 * (react-aria: focus moved in and kept, Escape closes) that asks for the password again — or, for an account
 * that signs in with Google only, offers a fresh Google sign-in (the API accepts one less than 5 minutes
 * old) — and posts to /account/delete or /settings/close through a fetcher. An erased account lands on the
 * home page signed out; a closed org's dialog says until when its data is kept.
 */
export function ErasureCard({ kind, hasPassword }: { kind: Kind; hasPassword: boolean }) {
  const t = useTranslations(`erasureForms.${kind}`);
  return (
    <Card title={t("title")} headingId={`${kind}-erasure-heading`} description={t("description")}>
      <div className="rounded-lg border border-red-200 bg-red-50 p-4">
        <ErasureExplanation kind={kind} />
        <ModalButton
          label={t("open")}
          className={buttonClass("danger", "mt-4")}
          modal={(close) => <ErasureModal kind={kind} hasPassword={hasPassword} close={close} />}
        />
      </div>
    </Card>
  );
}
