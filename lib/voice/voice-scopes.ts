import type { Db } from "../db";
import { readVoiceRules, type VoiceScope } from "./voice-in-force";
import type { VoiceRules } from "./guidelines";

export type VoiceScopeSummary = {
  key: string;
  scope: VoiceScope;
  /** The brand's name, or the property's for a property of no brand. */
  name: string;
  properties: string[];
};

export type VoiceVersion = { id: string; version: number; createdAt: Date; createdBy: string | null; rules: VoiceRules };

/** "brand:<id>" / "property:<id>": how a scope travels in a URL. */
export function scopeKey(scope: VoiceScope): string {
  return scope.kind === "brand" ? `brand:${scope.brandId}` : `property:${scope.propertyId}`;
}

export function parseScopeKey(key: string | undefined): VoiceScope | null {
  const match = /^(brand|property):([\w-]{1,64})$/.exec(key ?? "");
  if (!match) return null;
  return match[1] === "brand" ? { kind: "brand", brandId: match[2]! } : { kind: "property", propertyId: match[2]! };
}

/** Every place a voice is set in the organization: each brand, and each property that has no brand. */
export async function listVoiceScopes(db: Db, organizationId: string): Promise<VoiceScopeSummary[]> {
  const [brands, loose] = await Promise.all([
    db.brand.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true, properties: { select: { name: true }, orderBy: { name: "asc" } } } }),
    db.property.findMany({ where: { organizationId, brandId: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return [
    ...brands.map((b) => ({ key: scopeKey({ kind: "brand", brandId: b.id }), scope: { kind: "brand", brandId: b.id } as const, name: b.name, properties: b.properties.map((p) => p.name) })),
    ...loose.map((p) => ({ key: scopeKey({ kind: "property", propertyId: p.id }), scope: { kind: "property", propertyId: p.id } as const, name: p.name, properties: [p.name] })),
  ];
}

/** The scope's versions, newest first (bounded: the page shows recent history). */
export async function voiceVersions(db: Db, organizationId: string, scope: VoiceScope, take = 10): Promise<VoiceVersion[]> {
  const rows = await db.voiceGuidelines.findMany({
    where: { organizationId, ...(scope.kind === "brand" ? { brandId: scope.brandId } : { propertyId: scope.propertyId }) },
    orderBy: { version: "desc" },
    take,
    include: { createdBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, version: r.version, createdAt: r.createdAt, createdBy: r.createdBy?.name ?? null, rules: readVoiceRules(r.rules) }));
}
