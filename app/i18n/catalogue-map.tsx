import { createContext, useContext } from "react";

/** The id of the page's `<script type="application/json">` that maps its language's namespaces to chunks. */
export const CATALOGUE_MAP_ID = "rl-catalogue";

/**
 * The page language's catalogue map, as the JSON text written into the page: `{ [namespace]: url }`, each
 * URL the chunk of that namespace's messages (vite.config.ts `browserCatalogues`). The server provides it
 * from the client build's file names (app/entry.server.tsx); the browser reads it back from the page
 * (app/entry.client.tsx), so the element hydrates with the text it was rendered with.
 */
export const CatalogueMapContext = createContext("{}");

/** The map as JSON safe inside `<script>` (no `<`, so never `</script>`). */
export function catalogueMapJson(map: Readonly<Record<string, string>>): string {
  return JSON.stringify(map).replace(/</g, "\\u003c");
}

/** The map element, rendered once by the root layout before the page's scripts (app/i18n/namespaces.ts reads it). */
export function CatalogueMap() {
  const json = useContext(CatalogueMapContext);
  return <script type="application/json" id={CATALOGUE_MAP_ID} dangerouslySetInnerHTML={{ __html: json }} />;
}
