import { useTranslations } from "use-intl";
import { PhotoPicker } from "./photo-picker";

/** The types a listing's photos may be (the listing upload refuses others). */
const LISTING_PHOTO_TYPES = "image/jpeg,image/png,image/webp";

// Its own module: its words are the listing pages' (`listingManage`), which the maintenance pages' photo
// pickers should not load (issue 17 §5: a module's namespaces load with it).
/**
 * A listing's photos (posted as `name`, `photos` unless said): JPEG, PNG or WebP, several at once, no camera
 * button; `label` names the picker (the listing's own name in a list of listings), "Photos" unless said.
 */
export function ListingPhotoPicker({
  id,
  className,
  name = "photos",
  label,
}: {
  id: string;
  className?: string;
  name?: string;
  label?: string;
}) {
  const m = useTranslations("listingManage");
  const props = { name, label: label ?? m("photos"), hint: m("photosHint"), accept: LISTING_PHOTO_TYPES };
  return <PhotoPicker id={id} className={className} {...props} />;
}
