import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createBrand, createMember, createOrganization, createProperty } from "@/prisma/factories";
import { DEFAULT_VOICE } from "./guidelines";
import { saveVoice } from "./save-voice";
import { voiceInForce } from "./voice-in-force";
import { listVoiceScopes, parseScopeKey, scopeKey, voiceVersions } from "./voice-scopes";

const db = createDb();
afterAll(() => db.$disconnect());

async function group() {
  const org = await createOrganization(db, { slug: `voice-${randomUUID().slice(0, 8)}`, name: "Voice Hotels" });
  const owner = await createMember(db, { organizationId: org.id, email: `o-${randomUUID()}@x.test`, name: "Olga Owner", role: "BRAND_OWNER", password: "pw-12345678" });
  const brand = await createBrand(db, { organizationId: org.id, name: "Azul" });
  const place = { city: "Porto", country: "Portugal", timeZone: "Europe/Lisbon", languages: ["pt", "en"], signatoryName: "Rita", signatoryTitle: "General Manager" };
  const branded = await createProperty(db, { organizationId: org.id, brandId: brand.id, name: "Azul Porto", ...place });
  const loose = await createProperty(db, { organizationId: org.id, name: "Casa Solta", ...place });
  return { org, owner, brand, branded, loose, actor: { kind: "USER" as const, userId: owner.id } };
}

describe("voice guidelines", () => {
  it("start from the defaults, and every save is the next version that the brand's properties follow", async () => {
    const { org, brand, branded, loose, actor } = await group();
    expect(await voiceInForce(db, branded.id)).toEqual({ rules: DEFAULT_VOICE, versionId: null, version: null });

    const scope = { kind: "brand" as const, brandId: brand.id };
    const first = await saveVoice(db, { organizationId: org.id, scope, rules: { formality: "informal", greetings: { de: "Hallo {name}," } }, expectedVersion: null, actor });
    const second = await saveVoice(db, { organizationId: org.id, scope, rules: { ...first.rules, phrasesToAvoid: ["unfortunately"] }, expectedVersion: 1, actor });
    expect([first.version, second.version]).toEqual([1, 2]);

    const inForce = await voiceInForce(db, branded.id);
    expect(inForce.version).toBe(2);
    expect(inForce.rules).toMatchObject({ formality: "informal", greetings: { de: "Hallo {name}," }, phrasesToAvoid: ["unfortunately"] });
    // A property of no brand keeps its own voice.
    expect((await voiceInForce(db, loose.id)).version).toBeNull();
    expect((await voiceVersions(db, org.id, scope)).map((v) => v.version)).toEqual([2, 1]);
    const audit = await db.auditEvent.findMany({ where: { organizationId: org.id, action: "voice.saved" } });
    expect(audit).toHaveLength(2);
  });

  it("refuses a save made from an older version instead of overwriting someone else's change", async () => {
    const { org, brand, actor } = await group();
    const scope = { kind: "brand" as const, brandId: brand.id };
    await saveVoice(db, { organizationId: org.id, scope, rules: {}, expectedVersion: null, actor });
    await expect(saveVoice(db, { organizationId: org.id, scope, rules: { tone: "upbeat" }, expectedVersion: null, actor })).rejects.toThrow(/while you were editing/);
    // Two editors saving from the same version at once: exactly one wins.
    const results = await Promise.allSettled([1, 2].map(() => saveVoice(db, { organizationId: org.id, scope, rules: {}, expectedVersion: 1, actor })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await voiceVersions(db, org.id, scope)).map((v) => v.version)).toEqual([2, 1]);
  });

  it("rejects invalid guidelines and scopes of another organization", async () => {
    const a = await group();
    const b = await group();
    await expect(saveVoice(db, { organizationId: a.org.id, scope: { kind: "brand", brandId: a.brand.id }, rules: { minWords: 200, maxWords: 100 }, expectedVersion: null, actor: a.actor })).rejects.toThrow(/shorter than the longest/);
    await expect(saveVoice(db, { organizationId: a.org.id, scope: { kind: "brand", brandId: b.brand.id }, rules: {}, expectedVersion: null, actor: a.actor })).rejects.toThrow(/do not exist/);
    // A branded property's voice is its brand's: it cannot get one of its own.
    await expect(saveVoice(db, { organizationId: a.org.id, scope: { kind: "property", propertyId: a.branded.id }, rules: {}, expectedVersion: null, actor: a.actor })).rejects.toThrow(/do not exist/);
  });

  it("lists each brand and each property of no brand, with keys that survive a URL", async () => {
    const { org, brand, loose } = await group();
    const scopes = await listVoiceScopes(db, org.id);
    expect(scopes.map((s) => [s.name, s.properties])).toEqual([["Azul", ["Azul Porto"]], ["Casa Solta", ["Casa Solta"]]]);
    expect(parseScopeKey(scopeKey({ kind: "brand", brandId: brand.id }))).toEqual({ kind: "brand", brandId: brand.id });
    expect(parseScopeKey(`property:${loose.id}`)).toEqual({ kind: "property", propertyId: loose.id });
    expect(parseScopeKey("brand:'; drop")).toBeNull();
    expect(parseScopeKey(undefined)).toBeNull();
  });
});
