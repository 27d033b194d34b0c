import type { Db } from "../db";
import { DEFAULT_VOICE, voiceRulesSchema, type VoiceRules } from "./guidelines";

export type VoiceInForce = { rules: VoiceRules; versionId: string | null; version: number | null };

/** Where a property's voice is set: its brand's guidelines, or its own when it belongs to no brand. */
export type VoiceScope = { kind: "brand"; brandId: string } | { kind: "property"; propertyId: string };

export function scopeWhere(scope: VoiceScope) {
  return scope.kind === "brand" ? { brandId: scope.brandId } : { propertyId: scope.propertyId };
}

/** A stored version that no longer parses (an older shape) is read with today's defaults filled in. */
export function readVoiceRules(stored: unknown): VoiceRules {
  const parsed = voiceRulesSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_VOICE;
}

/** The newest guidelines of a scope, or the defaults when none were written yet. */
export async function latestVoice(db: Db, scope: VoiceScope): Promise<VoiceInForce> {
  const latest = await db.voiceGuidelines.findFirst({ where: scopeWhere(scope), orderBy: { version: "desc" } });
  if (!latest) return { rules: DEFAULT_VOICE, versionId: null, version: null };
  return { rules: readVoiceRules(latest.rules), versionId: latest.id, version: latest.version };
}

/** The voice a property's replies follow right now. */
export async function voiceInForce(db: Db, propertyId: string): Promise<VoiceInForce> {
  const property = await db.property.findUnique({ where: { id: propertyId }, select: { brandId: true } });
  if (!property) return { rules: DEFAULT_VOICE, versionId: null, version: null };
  return latestVoice(db, property.brandId ? { kind: "brand", brandId: property.brandId } : { kind: "property", propertyId });
}
