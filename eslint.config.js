// Lint with type information (typescript-eslint `recommendedTypeChecked` over the tsconfig projects, found
// through the solution tsconfig.json by the project service), React's hooks rules on app/, and the house
// bans: no `any`, no `as never` / `as unknown as` outside tests, throw only errors (or React Router's
// `redirect`/`data` responses), no file over 300 lines and no function over 80 outside tests.
// `npm run lint:report` prints the violations per folder and rule.
import js from "@eslint/js";
import i18next from "eslint-plugin-i18next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Globals of the runtimes the plain-JS files (scripts, bench, e2e specs) run in: Node and workerd. */
const runtimeGlobals = Object.fromEntries(
  [
    "console",
    "process",
    "URL",
    "fetch",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "crypto",
    "Buffer",
    "TextEncoder",
    "TextDecoder",
    "Response",
    "Request",
    "Headers",
    "AbortSignal",
    "AbortController",
    "performance",
    "URLSearchParams",
    "WebSocket",
    "atob",
    "btoa",
  ].map((name) => [name, "readonly"]),
);

/** Casts that silence the type checker instead of fixing the types. */
const bannedCasts = [
  {
    selector: "TSAsExpression[typeAnnotation.type='TSNeverKeyword']",
    message: "`as never` hides a type error: fix the types (outside tests).",
  },
  {
    selector: "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
    message: "`as unknown as` hides a type error: parse (zod) or fix the types (outside tests).",
  },
];

/**
 * Issue 13: Hebrew is right-to-left, so class names say start/end, never left/right: `ms-`/`me-`/`ps-`/`pe-`,
 * `start-`/`end-`, `text-start`/`text-end`, `border-s`/`-e`, `rounded-s`/`-e` (Tailwind's logical classes).
 * Checked in className strings and templates, and in `buttonClass(...)` arguments.
 */
const PHYSICAL_DIRECTION =
  "/(^|\\s)([^\\s:]+:)*-?((ml|mr|pl|pr|left|right|scroll-m[lr]|scroll-p[lr])-[^\\s]|(text-left|text-right|border-[lr]|rounded-[lr]|rounded-[tb][lr]|float-left|float-right|clear-left|clear-right)(-|\\s|$))/";
const physicalDirection = [
  `JSXAttribute[name.name='className'] Literal[value=${PHYSICAL_DIRECTION}]`,
  `JSXAttribute[name.name='className'] TemplateElement[value.raw=${PHYSICAL_DIRECTION}]`,
  `CallExpression[callee.name='buttonClass'] Literal[value=${PHYSICAL_DIRECTION}]`,
].map((selector) => ({
  selector,
  message:
    "Physical direction class: use the logical one (ms-/me-/ps-/pe-/start-/end-/text-start/text-end/border-s/-e/rounded-s/-e) so right-to-left pages mirror.",
}));

export default tseslint.config(
  {
    ignores: [
      "build/",
      ".tsbuild/",
      "dist/",
      ".react-router/",
      ".wrangler/",
      "node_modules/",
      "worker/env.d.ts",
      "migrations/meta/",
      "tests/e2e/artifacts/",
      "bench/results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: runtimeGlobals,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/only-throw-error": [
        "error",
        {
          allow: [
            // React Router's `redirect()` returns a Response; `data()` a DataWithResponseInit.
            { from: "lib", name: "Response" },
            { from: "file", name: "Response", path: "worker/env.d.ts" },
            { from: "package", package: "react-router", name: "DataWithResponseInit" },
          ],
        },
      ],
      "no-restricted-syntax": ["error", ...bannedCasts],
      "no-console": "off",
    },
  },
  // Plain JavaScript (scripts, bench drivers, e2e specs, this file): no type information.
  { files: ["**/*.{js,mjs,cjs}"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
  },
  // TypeScript resolves names itself; `no-undef` only misfires on types and runtime globals.
  { files: ["**/*.{ts,tsx}"], rules: { "no-undef": "off" } },
  // React's rules of hooks and the compiler-backed checks, for the UI.
  { files: ["app/**/*.{ts,tsx}"], ...reactHooks.configs.flat.recommended },
  // Issue 13: no user-facing literal text in pages and components (JSX text and the props people read);
  // it belongs in the catalogues (app/i18n/messages). Every page and component is held to it.
  {
    files: ["app/components/**/*.tsx", "app/routes/**/*.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": {
            include: [
              "^(label|title|placeholder|aria-label|alt|subtitle|description|hint|heading|legend|caption|summary|message|footer)$",
              "Label$",
              "Text$",
              "Title$",
            ],
          },
          // Text of only punctuation, symbols and digits ("·", "—", "→", "(", "2"): a RegExp object, for its `u`
          // flag (the plugin compiles strings without it, so `\p{P}` would not mean punctuation).
          words: { exclude: [/^[\s\p{P}\p{S}\d]*$/u, "^Rentline$", "^[A-Z]{2,}$"] },
        },
      ],
    },
  },
  // Issue 13: logical (start/end) classes only in the UI, so Hebrew pages mirror.
  { files: ["app/**/*.tsx"], rules: { "no-restricted-syntax": ["error", ...bannedCasts, ...physicalDirection] } },
  // Issue 10, item 7: no hand-written file over 300 lines, no function over 80 lines (tests excepted).
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    ignores: ["tests/**", "worker/lib/pdf/fonts/**"],
    rules: { "max-lines": ["error", { max: 300 }], "max-lines-per-function": ["error", { max: 80 }] },
  },
  // Tests may cast fixtures freely.
  // Tests: Vitest's asymmetric matchers (`expect.any`, `expect.stringContaining`, …) are typed `any`, so the
  // unsafe-assignment rule would flag every `toEqual({ id: expect.any(String) })`; everything else stays on.
  { files: ["tests/**"], rules: { "no-restricted-syntax": "off", "@typescript-eslint/no-unsafe-assignment": "off" } },
  // Browser suite: callbacks passed to page.evaluate() run in the page.
  { files: ["tests/e2e/**"], languageOptions: { globals: { document: "readonly", window: "readonly" } } },
);
