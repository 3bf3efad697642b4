// Import direction rules (`npm run check:deps`). ARCHITECTURE.md "Layout" and issue 10, item 2:
// lib/ and db/ import no feature; a feature imports another feature's schema.ts / contract.ts only (plus the
// auth access helpers and the permission policy, which every feature uses); the aggregators (apartments/,
// jobs/) and the composition roots (worker/app.ts, worker/index.ts, worker/schema.ts) import anything;
// nothing imports in a circle. `node scripts/folder-cycles.mjs` counts cycles between folders.

/** Folders under worker/ that are not features. */
const NOT_FEATURES = "lib|db|apartments|account|jobs|dashboard";
/** What one feature may import from another: its tables, its contract, the access helpers and the policy. */
const SHARED_LAYER = ["/(schema|contract)\\.ts$", "^worker/auth/(access|policy)\\.ts$"];

/**
 * The modules only the render Worker runs (workers/render, issue 17 §1): the PDF drawing code and the image
 * codec. The serving Worker reaches them through its RENDER service binding, never by import.
 */
const RENDER_ONLY = [
  "^worker/lib/pdf/(fonts|layout|shape|writer)\\.ts$",
  "^worker/lib/image-codec\\.ts$",
  "^worker/documents/render\\.ts$",
  "^worker/rent/(receipt|partial-receipt)\\.ts$",
  "^worker/expenses/statement-pdf\\.ts$",
  "^worker/leases/revision/letter\\.ts$",
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Modules import each other in a circle: cut the cycle (move the shared piece down, or pass a function).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-db-import-no-feature",
      comment:
        "worker/lib and worker/db are below every feature: they import only lib/, db/, the vocabulary (worker/domain.ts) and packages.",
      severity: "error",
      from: { path: "^worker/(lib|db)/" },
      to: { path: "^(worker|app|durable-objects)/", pathNot: ["^worker/(lib|db)/", "^worker/domain\\.ts$"] },
    },
    {
      name: "feature-imports-only-schema-or-contract",
      comment:
        "A feature may import another feature's schema.ts or contract.ts (and auth/access.ts, auth/policy.ts) only: " +
        "never its service or routes. Aggregators (worker/apartments, worker/account, worker/jobs) may import anything.",
      severity: "error",
      from: { path: `^worker/(?!(?:${NOT_FEATURES})/)([^/]+)/` },
      to: { path: "^worker/[^/]+/", pathNot: ["^worker/$1/", "^worker/(lib|db)/", ...SHARED_LAYER] },
    },
    {
      name: "feature-imports-no-composition-root",
      comment:
        "worker/app.ts, worker/index.ts and worker/schema.ts compose the features; a feature never imports them.",
      severity: "error",
      from: { path: "^worker/[^/]+/" },
      to: { path: "^worker/(app|index)\\.ts$" },
    },
    {
      name: "serving-worker-imports-no-render-code",
      comment:
        "PDFs and images are drawn by the render Worker (workers/render), reached through the RENDER binding: the " +
        "serving Worker imports its modules for their types only (scripts/check-bundle.mjs checks the build too).",
      severity: "error",
      from: { path: "^(worker|durable-objects|app)/", pathNot: RENDER_ONLY },
      to: { path: RENDER_ONLY, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "serving-worker-imports-no-render-packages",
      comment: "pdf-lib, fontkit and photon belong to the render Worker's modules only (see RENDER_ONLY).",
      severity: "error",
      from: { path: "^(worker|durable-objects|app)/", pathNot: RENDER_ONLY },
      to: { path: "node_modules/(pdf-lib|@pdf-lib|@cf-wasm/photon)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "worker-imports-no-ui",
      comment: "Only the Worker entry (worker/index.ts) hands requests to the UI.",
      severity: "error",
      from: { path: "^(worker|durable-objects)/", pathNot: "^worker/index\\.ts$" },
      to: { path: "^app/" },
    },
    {
      name: "durable-objects-import-lib-db-rooms",
      comment: "The Durable Object uses worker/lib, worker/db and the rooms feature only.",
      severity: "error",
      from: { path: "^durable-objects/" },
      to: { path: "^worker/", pathNot: ["^worker/(lib|db|rooms)/", "^worker/domain\\.ts$"] },
    },
    {
      name: "ui-imports-contracts-and-shared-modules",
      comment:
        "The UI imports from the Worker only contracts (or their zod-free vocabulary.ts), worker/lib (money, calendar, domain, …), the ApiApp type " +
        "and the room protocol (and its browser frames); anything else drags server code into the browser bundle.",
      severity: "error",
      from: { path: "^app/" },
      to: {
        path: "^(worker|durable-objects)/",
        pathNot: [
          "^worker/.+/contract\\.ts$",
          // A contract's browser-safe half (issue 17 §5): constants and pure functions without zod or tables,
          // which the contract re-exports, so a page does not ship zod for a label or a list.
          "^worker/[^/]+/vocabulary\\.ts$",
          "^worker/lib/",
          "^worker/domain\\.ts$",
          "^worker/app\\.ts$",
          "^durable-objects/[^/]+\\.protocol\\.ts$",
          // The browser's checks of the room's frames (issue 17 §5), held to the protocol's types: Valibot, or a
          // reader without a library for a page that needs one frame (maintenance-notice.frames.ts).
          "^durable-objects/[^/]+\\.frames\\.ts$",
          // Imported by the UI today (before issue 10's contracts): the agreement template list, the cookie
          // names and the password policy. Move each into a contract or worker/lib, then drop it here.
          "^worker/documents/templates\\.ts$",
          "^worker/auth/cookies\\.ts$",
          "^worker/auth/passwords\\.ts$",
        ],
      },
    },
    {
      name: "ui-imports-api-app-as-type",
      comment: "The UI reads worker/app.ts for the ApiApp type only (`import type`): the Hono app stays on the server.",
      severity: "error",
      from: { path: "^app/" },
      to: { path: "^worker/app\\.ts$", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^worker/env\\.d\\.ts$", "^\\.react-router/", "^\\.tsbuild/", "^build/"] },
    // Type-only imports count: a cycle through types is still a cycle in the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.app.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".d.ts", ".js", ".mjs"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
