import type { Messages } from "../shape";

export const apartments: Messages["apartments"] = {
  fallbackTitle: "Apartment",
  pageTitle: "Unit {unit}, {property}",
  heading: "Unit {unit}",
  summary: "{rooms, plural, one {# room} other {# rooms}} · {rent} a month excluding charges",
  location: "<link>{property}</link> · {address}, {city}",
  edit: "Edit apartment",
  editPage: {
    title: "Edit unit {unit}",
    fallbackTitle: "Edit apartment",
    back: "Back to the property",
    save: "Save",
    deleteTitle: "Delete apartment",
    deleteWarning: "Deleting unit {unit} removes it from the property. This cannot be undone.",
    readOnly: "Your role ({role}) can view this apartment but not change it.",
  },
  form: {
    unitNumber: "Unit number",
    unitPlaceholder: "e.g. 3C",
    rooms: "Rooms",
    rent: "Monthly rent excluding charges",
    rentPlaceholder: "850.00",
    currency: "Currency",
  },
  errors: {
    unitNumber: "Enter the unit number",
    roomsRequired: "Enter the number of rooms",
    roomsMin: "At least 1 room",
    roomsMax: "At most 50 rooms",
    rentRequired: "Enter an amount like 850.00",
    rentTooBig: "That rent is too large",
    rentPlaceholder: "850.00",
    currency: "Choose a currency",
  },
  noRole: "none",
};
