import { redirect } from "react-router";
import { isSide, SIDE_HOME } from "../lib/sides";
import { sideCookie } from "../lib/sides.server";
import type { Route } from "./+types/side";

/**
 * POST only (`side=landlord|renter`): the shell's side switch. Remembers the side (`rl_side`) and goes to
 * its home page. Whether the person has that side is not checked here: the shell shows a side only to who
 * has it and ignores a cookie that names another. Anything else goes to the landlord side's home, which
 * the shell sends elsewhere when it is not theirs.
 */
export async function action({ request }: Route.ActionArgs) {
  const side = (await request.formData()).get("side");
  if (!isSide(side)) return redirect(SIDE_HOME.landlord);
  return redirect(SIDE_HOME[side], { headers: { "set-cookie": sideCookie(side) } });
}

export function loader() {
  return redirect("/");
}
