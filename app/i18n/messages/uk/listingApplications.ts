import type { Messages } from "../shape";

export const listingApplications: Messages["listingApplications"] = {
  title: "Заявки",
  for: "Заявки на",
  places:
    "{room}: {left, plural, =0 {вільних місць немає} one {вільне # місце} few {вільні # місця} many {вільних # місць} other {вільних # місця}} з {capacity}",
  listingStatus:
    "оголошення: {status, select, draft {чернетка} published {опубліковано} closed {закрито} other {{status}}}",
  empty: "Заявок поки немає",
  line: "{room} · з {date}, {months, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}} · {guarantors, plural, =0 {без поручителя} one {# поручитель} few {# поручителі} many {# поручителів} other {# поручителя}}",
};
