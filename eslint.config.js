// Lint with type information (typescript-eslint `recommendedTypeChecked` over the tsconfig projects, found
// through the solution tsconfig.json by the project service), React's hooks rules on app/, and the house
// bans: no `any`, no `as never` / `as unknown as` outside tests, throw only errors (or React Router's
// `redirect`/`data` responses), no file over 300 lines and no function over 80 outside tests.
// `npm run lint:report` prints the violations per folder and rule.
import js from "@eslint/js";
import i18next from "eslint-plugin-i18next";
import reactHooks from "eslint-plugin-react-hooks";
import { UNTRANSLATED } from "./scripts/untranslated.mjs";
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
  // it belongs in the catalogues (app/i18n/messages). Files still listed in scripts/untranslated.mjs are
  // waiting for their translation and leave the list when they get it.
  {
    files: ["app/components/**/*.tsx", "app/routes/**/*.tsx"],
    ignores: UNTRANSLATED,
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
          words: { exclude: ["^[\\s\\p{P}\\p{S}\\d]*$", "^Rentline$", "^[A-Z]{2,}$"] },
        },
      ],
    },
  },
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
