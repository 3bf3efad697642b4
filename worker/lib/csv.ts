/**
 * CSV text (RFC 4180 but for the separator): CRLF line ends, a field quoted when it holds the separator, a
 * quote, a CR or an LF (quotes doubled), UTF-8 with a byte order mark so spreadsheets read accents. A field
 * starting with `=`, `+`, `-`, `@`, a tab or a CR that is not a number gets a leading `'`, so a spreadsheet
 * never runs user text as a formula (OWASP "CSV injection").
 */
export function csvText(rows: readonly (readonly string[])[], separator = ","): string {
  return `\uFEFF${rows.map((r) => r.map((v) => csvField(v, separator)).join(separator)).join("\r\n")}\r\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d[\d\s.,]*$/;

function csvField(raw: string, separator: string): string {
  const value = FORMULA_START.test(raw) && !NUMBER.test(raw) ? `'${raw}` : raw;
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
