import type { Db } from "../db";
import type { VoiceScope } from "./voice-in-force";

/** The organization a voice scope belongs to (looked up, never taken from the client). */
export async function scopeOrganization(db: Db, scope: VoiceScope): Promise<string | null> {
  const row =
    scope.kind === "brand"
      ? await db.brand.findUnique({ where: { id: scope.brandId }, select: { organizationId: true } })
      : await db.property.findUnique({ where: { id: scope.propertyId }, select: { organizationId: true } });
  return row?.organizationId ?? null;
}
