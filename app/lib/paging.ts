/** `?page=` as a positive integer (1 when absent or nonsense). */
export function pageParam(request: Request): number {
  const n = Number(new URL(request.url).searchParams.get("page"));
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export const PAGE_SIZE = 20;
