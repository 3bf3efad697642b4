import type { ReactNode } from "react";
import { Dialog, Modal, ModalOverlay } from "react-aria-components";

/**
 * An open modal dialog (react-aria: focus moved in and kept, Escape or a tap outside closes it through
 * `onClose`): a sheet from the bottom on a phone, a centred card from `sm`. Only lazily loaded dialogs use it
 * (./modal-button.tsx), so pages load react-aria when a dialog first opens.
 */
export function ModalSheet({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => open || onClose()}
      isDismissable
      className="fixed inset-0 z-50 flex items-end justify-center bg-slate-900/40 sm:items-center"
    >
      <Modal className="max-h-[90vh] w-full overflow-y-auto rounded-t-2xl bg-white p-4 shadow-xl sm:max-w-lg sm:rounded-2xl sm:p-6">
        <Dialog className="outline-none">{children}</Dialog>
      </Modal>
    </ModalOverlay>
  );
}
