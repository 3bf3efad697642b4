import type { getServer } from "./context.server";

type Api = ReturnType<typeof getServer>["api"];

/** The image files of a posted form field (empty file inputs post one nameless, empty file: skipped). */
export function postedFiles(form: FormData, name: string): File[] {
  return form.getAll(name).filter((f): f is File => f instanceof File && f.size > 0);
}

/**
 * Uploads photos to a listing one by one, in the order chosen (POST /api/listings/{id}/photos, which checks,
 * downscales and stores each). Answers how many were stored and the first refusal, if any.
 */
export async function uploadPhotos(api: Api, listingId: string, files: File[]) {
  let stored = 0;
  for (const file of files) {
    const body = new FormData();
    body.append("file", file, file.name);
    const res = await api.listings[":id"].photos.$post({ param: { id: listingId } }, { init: { body } });
    if (!res.ok) return { stored, refused: res };
    stored += 1;
  }
  return { stored, refused: null };
}
