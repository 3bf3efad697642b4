import { Icon } from "./ui/icon";
import { Button as AriaButton, Heading } from "react-aria-components";

/** A dialog's title (its accessible name, `slot="title"`) with the round close button beside it. */
export function DialogTitleBar({
  title,
  closeLabel,
  onClose,
}: {
  title: string;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <div className="flex items-start justify-between gap-3">
      <Heading slot="title" className="text-lg font-semibold break-words text-slate-900">
        {title}
      </Heading>
      <AriaButton
        onPress={onClose}
        aria-label={closeLabel}
        className="rounded-full p-2 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        <Icon name="x" className="size-5" />
      </AriaButton>
    </div>
  );
}
