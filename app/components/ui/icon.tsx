import sprite from "./icons.svg?url&no-inline";
import type { IconName } from "./icon-names";

/**
 * One of the app's icons (lucide's drawings, ./icon-names.ts), drawn from the sprite ./icons.svg (a hashed,
 * cached file: `?no-inline` keeps it a file, as `<use>` cannot point into a data URL) with lucide's defaults:
 * 24×24, no fill, a round 2 px stroke in the text's colour (`strokeWidth` to change it). Decorative: hidden
 * from screen readers, the control it sits in carries the words. Size and colour by `className` (e.g. `size-4`).
 */
export function Icon({
  name,
  className,
  strokeWidth = 2,
}: {
  name: IconName;
  className?: string;
  strokeWidth?: number;
}) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      className={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
