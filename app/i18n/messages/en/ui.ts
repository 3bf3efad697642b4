import type { Messages } from "../shape";

export const ui: Messages["ui"] = {
  /** An erased account's name on the records kept (app/i18n/person-name.ts): on every page, so not in erasureForms. */
  formerUser: "Former user",
  /** A part of the page whose code is still on its way (a tab, a form opened in a disclosure). */
  loading: "Loading…",
  /** An org member's role (the team page, the read-only notices of the portfolio forms). */
  roles: {
    owner: "Owner",
    manager: "Manager",
    maintenance: "Maintenance",
  },
  pagination: { previous: "Previous", next: "Next", pageOf: "Page {page} of {pages}" },
  verifyBanner: {
    pending: "Please confirm your email address, <strong>{email}</strong>, using the link we sent you.",
    sent: "We sent a new confirmation link to <strong>{email}</strong>. Check your inbox.",
    rateLimited: "Too many requests for a new link. Try again in a minute.",
    failed: "We could not send a new link just now. Try again in a moment.",
    sending: "Sending…",
    sendAgain: "Send again",
    resend: "Resend link",
  },
  signature: {
    draw: "Draw your signature",
    captured: "Signature captured.",
    signInside: "Sign inside the box.",
    clear: "Clear",
  },
  orgSwitcher: { label: "Organization", disabled: "{name} (disabled)", switch: "Switch" },
  conversation: "Conversation",
  logo: "Rentline, home",
  photoPicker: {
    hint: "Several at once, from the gallery or the camera.",
    choose: "Choose photos",
    camera: "Take a photo",
    previewAlt: "Photo {number}: {name}",
    preparing: "Making the photos smaller: {done} / {total}",
    ready: "{count, plural, one {# photo ready to send} other {# photos ready to send}}",
    sending: "Sending {count, plural, one {# photo} other {# photos}}…",
    remove: "Remove photo {number}",
    tooMany: "At most {max} photos per message: the first {max} are kept.",
    limit: "Up to {max} photos.",
  },
};
