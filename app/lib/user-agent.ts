const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrome\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/**
 * The browser and system named by a User-Agent header (either may be unknown), and the header itself cut
 * to 60 characters for when neither is recognised; the page words them ("Chrome on macOS") in its language.
 */
export function deviceOf(userAgent: string | null): { browser?: string; system?: string; raw: string } {
  const text = userAgent ?? "";
  return {
    browser: BROWSERS.find(([re]) => re.test(text))?.[1],
    system: SYSTEMS.find(([re]) => re.test(text))?.[1],
    raw: text.length > 60 ? `${text.slice(0, 57)}…` : text,
  };
}
