import { Link, useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import { formatDate } from "../../worker/lib/i18n/format";
import { useFormatLocale } from "../i18n/format-locale";
import type { ErasureReply } from "../lib/erasure.server";
import { Alert } from "./alert";
import { Button, buttonClass } from "./button";
import { DialogTitleBar } from "./dialog-title-bar";
import { ErasureExplanation } from "./erasure-explanation";
import { TextField } from "./field";
import { ModalSheet } from "./modal-sheet";

type Kind = "account" | "org";

/**
 * The erasure dialog (./erasure-dialog.tsx opens it, loaded on first open): the password again — or, for an
 * account that signs in with Google only, a fresh Google sign-in — posted to /account/delete or
 * /settings/close through a fetcher; a closed org's dialog then says until when its data is kept.
 */
export function ErasureModal(props: { kind: Kind; hasPassword: boolean; close: () => void }) {
  return (
    <ModalSheet onClose={props.close}>
      <ErasureForm {...props} />
    </ModalSheet>
  );
}

function ErasureForm({ kind, hasPassword, close }: { kind: Kind; hasPassword: boolean; close: () => void }) {
  const card = useTranslations(`erasureForms.${kind}`);
  const t = useTranslations(`erasureModal.${kind}`);
  const tOrg = useTranslations("erasureModal.org");
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
      <DialogTitleBar title={card("title")} closeLabel={t("cancel")} onClose={close} />
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
          <ErasureExplanation kind={kind} />
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
