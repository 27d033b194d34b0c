import type { Db } from "../db";
import { approvedTexts } from "./approved-replies";
import { phraseBank, type LearnedPhrase } from "./phrase-bank";
import type { VoiceScope } from "./voice-in-force";

/** How many recent approved replies the voice page learns from: enough to see habits, cheap to compute on every view. */
const REPLIES_READ = 60;

/** "Phrases your team uses" for a brand (all its hotels) or a property of no brand, from recent approved replies. */
export async function teamPhrases(db: Db, organizationId: string, scope: VoiceScope, limit = 15): Promise<LearnedPhrase[]> {
  const propertyIds =
    scope.kind === "brand"
      ? (await db.property.findMany({ where: { organizationId, brandId: scope.brandId }, select: { id: true } })).map((p) => p.id)
      : [scope.propertyId];
  if (propertyIds.length === 0) return [];
  const replies = await approvedTexts(db, { organizationId, propertyIds, ratings: null }, REPLIES_READ);
  return phraseBank(replies, { limit });
}
