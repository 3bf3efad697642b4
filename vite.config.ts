import { cloudflare } from "@cloudflare/vite-plugin";
import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

// Two Workers, one Vite: the entry Worker (wrangler.toml: pages and the API) and the render Worker
// (workers/render: PDFs and images, issue 17 §1) as an auxiliary Worker, which `vite dev` runs next to it
// (the RENDER service binding reaches it) and `vite build` writes to its own folder (build/render/).
// Both Workers' builds are minified (Vite leaves server builds readable by default): smaller to upload and,
// above all, less to parse when an isolate starts (scripts/check-bundle.mjs measures both); the source maps
// (wrangler.toml `upload_source_maps`) keep stack traces readable.
export default defineConfig({
  plugins: [
    cloudflare({
      viteEnvironment: { name: "ssr" },
      auxiliaryWorkers: [{ configPath: "./workers/render/wrangler.toml" }],
    }),
    tailwindcss(),
    reactRouter(),
  ],
  resolve: { tsconfigPaths: true },
  environments: {
    ssr: { build: { minify: true } },
    rentline_render: { build: { outDir: "build/render", minify: true } },
  },
});
