/**
 * Deletes every R2 object under `prefix` (`users/<id>/`, `orgs/<id>/`), a listed page at a time. Idempotent:
 * a retry deletes what is left, and nothing left is no error.
 */
export async function deleteR2Prefix(docs: R2Bucket, prefix: string): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await docs.list({ prefix, ...(cursor ? { cursor } : {}) });
    if (page.objects.length) await docs.delete(page.objects.map((o) => o.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
}
