import { createContext, useContext } from "react";

/** The `name` of the page's `<meta>` whose content maps its language's namespaces to chunks (JSON). */
export const CATALOGUE_MAP_NAME = "rl-catalogue";

/**
 * The page language's catalogue map, as the JSON text written into the page: `{ [namespace]: url }`, each
 * URL the chunk of that namespace's messages (vite.config.ts `browserCatalogues`). The server provides it
 * from the client build's file names (app/entry.server.tsx); the browser reads it back from the page
 * (app/entry.client.tsx), so the element hydrates with the value it was rendered with.
 */
export const CatalogueMapContext = createContext("{}");

/** The map as JSON text. */
export function catalogueMapJson(map: Readonly<Record<string, string>>): string {
  return JSON.stringify(map);
}

/**
 * The map element, rendered once in the root layout's `<head>` (app/i18n/namespaces.ts reads it). A `<meta>`
 * and not a `<script type="application/json">`: React escapes the attribute, and a layout React creates in
 * the browser (an error page after a navigation) may not create `<script>` elements.
 */
export function CatalogueMap() {
  const json = useContext(CatalogueMapContext);
  return <meta name={CATALOGUE_MAP_NAME} content={json} />;
}
