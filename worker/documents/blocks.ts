/**
 * One unit of an agreement's text as the PDF renderer lays it out: a title, a heading, a paragraph or a
 * labelled field ("Loyer : 850,00 €"). Built by templates.ts and its word modules, drawn by render.ts.
 */
export type Block = { kind: "title" | "heading" | "paragraph" | "field"; text: string; label?: string };
