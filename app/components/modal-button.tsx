import { type ReactNode, Suspense, useState } from "react";

/**
 * A button that opens a modal dialog whose code loads when it is first opened (issue 17 §5: react-aria and
 * the dialog's form are not part of the page's first load). `modal(close)` renders the dialog (a `lazy`
 * component around ./modal-sheet.tsx); `close` shuts it and returns focus to the button, as react-aria's
 * DialogTrigger did.
 */
export function ModalButton({
  label,
  className,
  modal,
}: {
  label: ReactNode;
  className: string;
  modal: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  const close = () => {
    setOpen(false);
    trigger?.focus();
  };
  return (
    <>
      <button
        ref={setTrigger}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        className={className}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && <Suspense fallback={null}>{modal(close)}</Suspense>}
    </>
  );
}
