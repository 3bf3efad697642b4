import { z } from "zod";
import { type Permission, PERMISSIONS, permissionsOf } from "../../worker/auth/policy";
import { ROLES } from "../../worker/lib/domain";

const statedList = z.array(z.enum(PERMISSIONS));
const statedOnViewer = z.object({ permissions: statedList });
const role = z.enum(ROLES).nullable().catch(null);

/**
 * The one adapter from the API's viewer to the permissions pages show actions by. The API states them
 * (`permissionsByOrg` on GET /me is read as is by the app shell; `viewer.permissions` on the apartment
 * overview); a read that does not state them yet falls back to the API's own policy applied to the role
 * (worker/auth/policy.ts `permissionsOf`), so no page ever compares role names.
 */
function permissionsFrom(stated: Permission[] | undefined, roleName: string | null | undefined): Permission[] {
  return stated ?? permissionsOf({ role: role.parse(roleName ?? null) });
}

/** What the viewer of an apartment or document may do there (a renter has no role). */
export function viewerPermissions(viewer: { role: string | null }): Permission[] {
  const parsed = statedOnViewer.safeParse(viewer);
  return permissionsFrom(parsed.success ? parsed.data.permissions : undefined, viewer.role);
}
