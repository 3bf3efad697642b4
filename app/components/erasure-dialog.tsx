import { Button as AriaButton, Dialog, DialogTrigger, Modal, ModalOverlay } from "react-aria-components";
import { DialogTitleBar } from "./dialog-title-bar";
import { Link, useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { ErasureReply } from "../lib/erasure.server";
import { useFormatLocale } from "../i18n/format-locale";
import { formatDate } from "../../worker/lib/i18n/format";
import { Alert } from "./alert";
import { Button, buttonClass } from "./button";
import { Card } from "./page";
import { TextField } from "./field";

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
        <Explanation kind={kind} />
        <DialogTrigger>
          <AriaButton className={buttonClass("danger", "mt-4")}>{t("open")}</AriaButton>
          <ModalOverlay
            isDismissable
            className="fixed inset-0 z-50 flex items-end justify-center bg-slate-900/40 sm:items-center"
          >
            <Modal className="max-h-[90vh] w-full overflow-y-auto rounded-t-2xl bg-white p-4 shadow-xl sm:max-w-lg sm:rounded-2xl sm:p-6">
              <Dialog className="outline-none">
                {({ close }) => <ErasureForm kind={kind} hasPassword={hasPassword} close={close} />}
              </Dialog>
            </Modal>
          </ModalOverlay>
        </DialogTrigger>
      </div>
    </Card>
  );
}

function Explanation({ kind }: { kind: Kind }) {
  const t = useTranslations("erasureForms");
  const lines =
    kind === "account" ? [t("account.deleted"), t("account.kept"), t("account.owner")] : [t("org.what"), t("org.kept")];
  return (
    <ul className="list-disc space-y-2 ps-5 text-sm text-slate-800">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function ErasureForm({ kind, hasPassword, close }: { kind: Kind; hasPassword: boolean; close: () => void }) {
  const t = useTranslations(`erasureForms.${kind}`);
  const tOrg = useTranslations("erasureForms.org");
  const formatLocale = useFormatLocale();
  const fetcher = useFetcher<ErasureReply>();
  const busy = fetcher.state !== "idle";
  const reply = fetcher.data;
  const googleNext = new URLSearchParams({ intent: "renter", next: kind === "account" ? "/account" : "/settings" });
  return (
    <fetcher.Form
      method="post"
      action={kind === "account" ? "/account/delete" : "/settings/close"}
      className="space-y-4"
    >
      <DialogTitleBar title={t("title")} closeLabel={t("cancel")} onClose={close} />
      {reply?.ok ? (
        <>
          <Alert tone="success">
            {tOrg("done", {
              date: reply.purgeAfter ? formatDate(reply.purgeAfter.slice(0, 10), formatLocale, "long") : "",
            })}
          </Alert>
          <Link to="/account" reloadDocument className={buttonClass("primary")}>
            {tOrg("toAccount")}
          </Link>
        </>
      ) : (
        <>
          <Explanation kind={kind} />
          {reply && !reply.ok ? <Alert tone="error">{reply.error}</Alert> : null}
          {hasPassword ? (
            <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required />
          ) : (
            <p className="text-sm text-slate-700">
              {t("googleOnly")}{" "}
              <a
                href={`/api/auth/google/start?${googleNext.toString()}`}
                className="font-semibold text-teal-800 underline"
              >
                {t("googleSignIn")}
              </a>
            </p>
          )}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" onClick={close}>
              {t("cancel")}
            </Button>
            <Button variant="danger" pending={busy}>
              {busy ? t("working") : t("confirm")}
            </Button>
          </div>
        </>
      )}
    </fetcher.Form>
  );
}
