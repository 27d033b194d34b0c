import type { Db } from "../lib/db";
import type { VoiceRules } from "../lib/voice/guidelines";
import type { PropertyProfile } from "../lib/voice/property-profile";
import { saveVoice } from "../lib/voice/save-voice";
import { SYSTEM } from "../lib/audit";

// The demo brand's voice and what its two hotels allow replies to say about them.

export const DEMO_VOICE: Partial<VoiceRules> = {
  tone: "warm",
  formality: "formal",
  greetings: { en: "Dear {name},", de: "Guten Tag {name},", pt: "Olá {name},", es: "Buenos días, {name}:", fr: "Bonjour {name},", it: "Gentile {name},", nl: "Beste {name}," },
  signOffs: { en: "Warm regards from all of us,", de: "Herzliche Grüße vom ganzen Team", pt: "Com os melhores cumprimentos," },
  phrasesToUse: ["our team", "we look forward to welcoming you back"],
  phrasesToAvoid: ["unfortunately", "we apologize for any inconvenience", "valued customer"],
  minWords: 40,
  maxWords: 140,
  allowCompensation: false,
  bilingualWith: null,
  notes: "We are a family-run group: sound like a person at the front desk, never like a call centre.",
};

export const DEMO_PROFILES: Record<"lisbon" | "munich", PropertyProfile> = {
  lisbon: {
    email: "guests@azulejo-lisboa.example",
    phone: "+351 21 000 0000",
    website: "https://azulejo-lisboa.example",
    amenities: ["rooftop terrace", "bar", "bicycle rental", "24-hour reception"],
    facts: ["Breakfast is served from 7:00 to 10:30.", "Check-in from 15:00, check-out until 11:00."],
  },
  munich: {
    email: "gaeste@azulejo-muenchen.example",
    phone: "+49 89 0000000",
    website: "https://azulejo-muenchen.example",
    amenities: ["sauna", "underground parking", "restaurant", "bar"],
    facts: ["Breakfast is served from 6:30 to 10:30.", "The parking garage costs 25 EUR per night."],
  },
};

export async function seedVoice(db: Db, organizationId: string, brandId: string, properties: { id: string; key: "lisbon" | "munich" }[]) {
  await saveVoice(db, { organizationId, scope: { kind: "brand", brandId }, rules: DEMO_VOICE, expectedVersion: null, actor: SYSTEM });
  for (const p of properties) await db.property.update({ where: { id: p.id }, data: { profile: DEMO_PROFILES[p.key] } });
}
