import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        URL: "readonly",
        fetch: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        crypto: "readonly",
        Buffer: "readonly",
        TextEncoder: "readonly",
        Response: "readonly",
        Request: "readonly",
        Headers: "readonly",
        AbortSignal: "readonly",
        performance: "readonly",
        URLSearchParams: "readonly",
        WebSocket: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "off",
      "no-console": "off",
    },
  },
  // Browser suite: callbacks passed to page.evaluate() run in the page.
  { files: ["tests/e2e/**"], languageOptions: { globals: { document: "readonly", window: "readonly" } } },
);
