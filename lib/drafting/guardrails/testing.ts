import { DEFAULT_VOICE, type VoiceRules } from "../../voice/guidelines";
import { propertyProfileSchema, type PropertyProfile } from "../../voice/property-profile";
import { checkReply, type ReplyContext } from "../guardrails";

// A ready context for guardrail tests: Hotel 1898 in Lisbon, a profile with parking, a rooftop pool and a
// few facts. Tests override what they need.

export const PROFILE: PropertyProfile = propertyProfileSchema.parse({
  email: "info@hotel1898.pt",
  phone: "+351 21 340 0800",
  website: "https://www.hotel1898.pt",
  amenities: ["free parking", "rooftop pool", "24-hour reception", "restaurant"],
  facts: ["Breakfast is served until 10:30", "Check-in from 15:00", "Parking costs EUR 25 per day"],
});

export function context(overrides: Omit<Partial<ReplyContext>, "voice"> & { voice?: Partial<VoiceRules> } = {}): ReplyContext {
  const { voice, ...rest } = overrides;
  return {
    reviewLanguage: "en",
    reviewText: "Lovely stay, friendly staff.",
    authorName: "Anna K.",
    rating: 4,
    platform: "GOOGLE",
    profile: PROFILE,
    property: { name: "Hotel 1898", city: "Lisbon", signatoryName: "Rita Sousa", signatoryTitle: "General Manager" },
    ...rest,
    voice: { ...DEFAULT_VOICE, ...voice },
  };
}

/** The codes of the blocking flags only. */
export const blocking = (text: string, ctx: ReplyContext = context()) =>
  checkReply(text, ctx)
    .filter((f) => f.blocking)
    .map((f) => f.code);

/** Every code, blocking or not. */
export const codes = (text: string, ctx: ReplyContext = context()) => checkReply(text, ctx).map((f) => f.code);
