import { type SyntheticEvent, useEffect, useRef, useState } from "react";

/**
 * A native `<details>`'s open state for content rendered only while open: kept by its toggle events, and read
 * from the element once mounted, since a tap made before hydration (a slow phone) opened it with no one
 * listening. Spread `{ ref, onToggle }` on the `<details>`; `setOpen` opens or closes it from code.
 */
export function useDetailsOpen(initial = false) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(initial);
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open);
  return { open, setOpen, ref, onToggle };
}
