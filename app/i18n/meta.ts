/**
 * The `meta` of a page whose loader translated its title (and description) in the request's language.
 * Nothing while there is no data: an error page says its own title (components/route-error.tsx), and a
 * `{ title: undefined }` would print "undefined".
 */
export function translatedMeta(data: { title: string; description?: string } | undefined) {
  if (!data) return [];
  return [{ title: data.title }, ...(data.description ? [{ name: "description", content: data.description }] : [])];
}
