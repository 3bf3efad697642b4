import { data, redirect } from "react-router";
import { loginUrl, readProblem } from "./api.server";

type ApiResponse = { status: number; json(): Promise<unknown> };

/** What the erasure dialogs' actions answer through their fetcher: a refusal's sentence, or what was done. */
export type ErasureReply = { ok: false; error: string } | { ok: true; purgeAfter: string | null };

/** The password the dialog posted (absent for a Google-only account). */
export function postedPassword(form: FormData): { password?: string } {
  const password = form.get("password");
  return typeof password === "string" && password !== "" ? { password: password.slice(0, 1024) } : {};
}

/** A refused erasure or closure as the dialog shows it (the API's sentence in the page's language). */
export async function erasureRefusal(res: ApiResponse, request: Request) {
  const problem = await readProblem(res, request);
  if (problem.status === 401) throw redirect(loginUrl(request));
  return data<ErasureReply>({ ok: false, error: problem.detail }, { status: problem.status });
}
