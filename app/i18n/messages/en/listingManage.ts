import type { Messages } from "../shape";

export const listingManage: Messages["listingManage"] = {
  newTitle: "New listing",
  newLink: "New listing",
  newSubtitle: "Choose an apartment: rent, charges, surface, rooms and address are taken from it.",
  chooseApartment: "Apartment",
  choose: "Use this apartment",
  apartmentOption: "{property} · unit {unit}",
  noApartment: "Add an apartment to a property first.",
  photos: "Photos (several at once)",
  photosHint: "JPEG, PNG or WebP; you can reorder them afterwards.",
  previewAlt: "Preview {number}: {name}",
  create: "Create the draft",
  creating: "Creating…",
  addPhotos: "Add photos",
  photosAdded: "{count, plural, one {# photo added} other {# photos added}}.",
  moveUp: "Move photo {number} up",
  moveDown: "Move photo {number} down",
  remove: "Remove photo {number}",
  dragHint: "Drag a photo or use the arrows to change the order; the first one is the thumbnail.",
  position: "Photo {number} of {total}",
  publish: "Publish",
};
