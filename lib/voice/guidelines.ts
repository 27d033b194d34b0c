import { z } from "zod";

// A brand's voice: what every draft for its hotels follows and what the voice score measures. Stored as
// versions (VoiceGuidelines.rules); the newest version of the property's brand (or of a brand-less
// property) is the one in force, and drafts keep the version they followed.

export const VOICE_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl"] as const;
export type VoiceLanguage = (typeof VOICE_LANGUAGES)[number];

const phrase = z.string().trim().min(2).max(200);
const perLanguage = z.partialRecord(z.enum(VOICE_LANGUAGES), z.string().trim().max(200));

export const voiceRulesSchema = z.object({
  /** Overall register: "warm" (personal, friendly), "polished" (courteous, restrained), "upbeat" (lively). */
  tone: z.enum(["warm", "polished", "upbeat"]).default("warm"),
  /** "formal": Sie / vous / usted / Lei / u; "informal": du / tu / tú / tu / je. */
  formality: z.enum(["formal", "informal"]).default("formal"),
  /** Greeting per language; "{name}" is replaced by the guest's display name (or dropped with it). */
  greetings: perLanguage.default({}),
  /** Closing line before the signature, per language. */
  signOffs: perLanguage.default({}),
  phrasesToUse: z.array(phrase).max(50).default([]),
  phrasesToAvoid: z.array(phrase).max(100).default([]),
  /** Overrides the property's signatory when set. */
  signatoryName: z.string().trim().max(100).optional(),
  signatoryTitle: z.string().trim().max(100).optional(),
  /** Target length of the reply body in words. */
  minWords: z.number().int().min(10).max(400).default(40),
  maxWords: z.number().int().min(20).max(600).default(140),
  /** Whether replies may offer compensation (refund, free night, upgrade, discount). Off: guardrail blocks it. */
  allowCompensation: z.boolean().default(false),
  /** Reply in the guest's language and then in this language too (e.g. "en"); null: guest's language only. */
  bilingualWith: z.enum(VOICE_LANGUAGES).nullable().default(null),
  /** Free-text guidance for writers and for an LLM provider ("we never say 'unfortunately'..."). */
  notes: z.string().trim().max(2000).default(""),
}).refine((v) => v.minWords < v.maxWords, { message: "The shortest reply must be shorter than the longest", path: ["maxWords"] });

export type VoiceRules = z.output<typeof voiceRulesSchema>;

/** The voice a property uses before its brand has written any guidelines. */
export const DEFAULT_VOICE: VoiceRules = voiceRulesSchema.parse({});
