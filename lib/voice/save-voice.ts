import type { Db } from "../db";
import { recordAudit, type Actor } from "../audit";
import { UserFacingError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { voiceRulesSchema, type VoiceRules } from "./guidelines";
import { scopeWhere, type VoiceScope } from "./voice-in-force";

/**
 * Saves guidelines as the scope's next version; earlier versions stay, so every draft can still say
 * which voice it followed. `expectedVersion` is the version the editor started from: if someone saved
 * meanwhile, the save is refused rather than silently overwriting their change.
 */
export async function saveVoice(
  db: Db,
  input: { organizationId: string; scope: VoiceScope; rules: unknown; expectedVersion: number | null; actor: Actor },
): Promise<{ versionId: string; version: number; rules: VoiceRules }> {
  const rules = voiceRulesSchema.parse(input.rules);
  await assertScopeInOrganization(db, input.organizationId, input.scope);
  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.voiceGuidelines.findFirst({ where: scopeWhere(input.scope), orderBy: { version: "desc" }, select: { version: true } });
      const current = latest?.version ?? null;
      if (current !== input.expectedVersion) {
        throw new UserFacingError("Someone saved these guidelines while you were editing. Reload to see their version.", "conflict");
      }
      const saved = await tx.voiceGuidelines.create({
        data: {
          organizationId: input.organizationId,
          ...scopeWhere(input.scope),
          version: (current ?? 0) + 1,
          rules: rules as Prisma.InputJsonValue,
          createdById: input.actor.kind === "USER" ? input.actor.userId : null,
        },
      });
      await recordAudit(tx, {
        organizationId: input.organizationId,
        actor: input.actor,
        action: "voice.saved",
        entityType: "voice",
        entityId: saved.id,
        data: { ...scopeWhere(input.scope), version: saved.version },
      });
      return { versionId: saved.id, version: saved.version, rules };
    });
  } catch (e) {
    // Two saves from the same version at the same moment: the second loses, like any other conflict.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new UserFacingError("Someone saved these guidelines while you were editing. Reload to see their version.", "conflict");
    }
    throw e;
  }
}

async function assertScopeInOrganization(db: Db, organizationId: string, scope: VoiceScope) {
  const found =
    scope.kind === "brand"
      ? await db.brand.findFirst({ where: { id: scope.brandId, organizationId }, select: { id: true } })
      : await db.property.findFirst({ where: { id: scope.propertyId, organizationId, brandId: null }, select: { id: true } });
  if (!found) throw new UserFacingError("These guidelines do not exist.", "not_found");
}
