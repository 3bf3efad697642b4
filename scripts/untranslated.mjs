// Pages and components whose text is not in the catalogues yet (issue 13): the no-literal-string lint rule
// skips them. A file leaves this list when it is translated; the list only shrinks.
export const UNTRANSLATED = ["app/routes/listings.tsx"];
