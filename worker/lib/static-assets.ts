/**
 * Reads a file of the Worker's static assets (wrangler.toml `[assets]`, binding ASSETS; `public/` in the
 * repository) as bytes: data too large for the Worker bundle that is needed only on some requests (PDF
 * fonts, the password dictionary). Throws when the file is missing (a build that skipped its asset step).
 */
export function staticAsset(assets: Fetcher): (path: string) => Promise<Uint8Array> {
  return async (path) => {
    const res = await assets.fetch(`https://assets.local/${path}`);
    if (!res.ok) throw new Error(`static asset ${path}: HTTP ${res.status} (run npm run fonts)`);
    return new Uint8Array(await res.arrayBuffer());
  };
}
