import { REPLY_RULES } from "../platforms/reply-rules";
import { analyseReview } from "../reviews/analyse";
import type { GuardrailFlag, DraftInput } from "./types";
import { amenitiesRule } from "./guardrails/amenities";
import { blamingRule } from "./guardrails/blaming";
import { compensationRule } from "./guardrails/compensation";
import { contactRule } from "./guardrails/contact";
import { languageRule } from "./guardrails/language";
import { personalDataRule } from "./guardrails/personal-data";
import { placeholderRule } from "./guardrails/placeholders";
import { checkedText, foldSameLength, prepareContext, uniqueFlags, type ReplyContext, type Rule } from "./guardrails/shared";

// The checks every reply passes before it can be approved, whichever provider or person wrote it: no
// compensation unless the brand allows it; no contact details, links, prices or amenities beyond the
// property's profile; none of the guest's personal data; no blaming; no placeholders; the review's
// language; the platform's length limit. Blocking flags stop approval; the others ask staff to look.

export type { ReplyContext } from "./guardrails/shared";

/** Every code checkReply can return, for the UI and for tests. */
export const GUARDRAIL_CODES = [
  "empty",
  "too-long",
  "compensation",
  "compensation-mentioned",
  "contact-not-in-profile",
  "link-not-in-profile",
  "price-not-in-profile",
  "amenity-not-in-profile",
  "amenity-unverified",
  "personal-data",
  "blaming",
  "placeholder",
  "wrong-language",
  "phrase-to-avoid",
  "apology-on-praise",
] as const;
export type GuardrailCode = (typeof GUARDRAIL_CODES)[number];

/** Words that apologise, per language; a reply to a 5-star review should contain none of them. */
export const APOLOGY_CUES: Record<string, RegExp> = {
  en: /\bsorry\b|apolog|regret/i,
  de: /\bleid\b|entschuldig|bedauer/i,
  fr: /désolé|excuse|regrett/i,
  es: /lament|sentimos|siento|disculpa/i,
  it: /dispiac|scus/i,
  pt: /lament|desculpa/i,
  nl: /spijt|excuses/i,
};

export function apologises(text: string, language: string): boolean {
  return (APOLOGY_CUES[language] ?? APOLOGY_CUES.en)?.test(text) ?? false;
}

const lengthRule: Rule = (reply, context) => {
  const limit = REPLY_RULES[context.platform.toUpperCase() as keyof typeof REPLY_RULES]?.maxLength;
  if (!limit || reply.text.length <= limit) return [];
  return [{ code: "too-long", message: `${reply.text.length} characters; ${context.platform.toLowerCase()} takes at most ${limit}.`, blocking: true }];
};

const phrasesToAvoidRule: Rule = (reply, context) =>
  (context.voice?.phrasesToAvoid ?? [])
    .filter((phrase) => reply.folded.includes(foldSameLength(phrase.trim())))
    .map((phrase) => ({ code: "phrase-to-avoid", message: `Uses "${phrase}", which the brand's voice guidelines avoid.`, excerpt: phrase, blocking: false }));

/** Words that turn praise into a reservation, in folded text: "but", "only problem", "leider", "purtroppo". */
const COMPLAINT_CUES =
  /\b(?:but|however|though|although|except|only (?:problem|issue|thing|downside|drawback|complaint|negative)|unfortunately|disappoint\w*|improv\w*|issues?|problems?|aber|leider|mais|malheureusement|pero|lamentablemente|purtroppo|infelizmente|maar|helaas)\b/;

const apologyRule: Rule = (reply, context) => {
  if ((context.rating ?? 0) < 5) return [];
  const language = context.reviewLanguage?.split(/[-_]/)[0] ?? "en";
  if (!apologises(reply.text, language)) return [];
  // Five stars with a complaint ("lovely, but the lift was broken"): apologising for it is right.
  if (COMPLAINT_CUES.test(context.reviewFolded)) return [];
  if (context.reviewText && analyseReview({ rating: context.rating ?? null, title: null, text: context.reviewText }).aspects.some((a) => a.polarity === "negative")) return [];
  return [{ code: "apology-on-praise", message: "Apologises in reply to a five-star review; a thank-you reads better.", blocking: false }];
};

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

const RULES: Rule[] = [
  compensationRule,
  contactRule,
  amenitiesRule,
  personalDataRule,
  blamingRule,
  placeholderRule,
  languageRule,
  lengthRule,
  phrasesToAvoidRule,
  apologyRule,
];

/** Every finding on a reply; blocking ones first. An empty or blank reply gets one blocking flag. */
export function checkReply(text: string, context: ReplyContext): GuardrailFlag[] {
  if (!text.trim()) return [{ code: "empty", message: "The reply is empty.", blocking: true }];
  const prepared = prepareContext(context);
  // Full-width letters and invisible characters must not hide "ｆｒｅｅ ｎｉｇｈｔ" or "re\u200bfund" from the rules.
  const reply = checkedText(text.normalize("NFKC").replace(INVISIBLE, ""), context);
  const flags = uniqueFlags(RULES.flatMap((rule) => rule(reply, prepared)));
  return [...flags.filter((f) => f.blocking), ...flags.filter((f) => !f.blocking)];
}

export const hasBlockingFlag = (flags: readonly GuardrailFlag[]) => flags.some((f) => f.blocking);

/** The context for a draft of `input`; `reviewLanguage` from the review's analysis. */
export function replyContextFor(input: DraftInput, reviewLanguage: string | null): ReplyContext {
  return {
    reviewLanguage,
    reviewText: [input.review.title, input.review.text].filter(Boolean).join("\n") || null,
    authorName: input.review.authorName,
    rating: input.review.rating,
    platform: input.review.platform,
    voice: input.voice,
    profile: input.property.profile,
    property: {
      name: input.property.name,
      city: input.property.city,
      signatoryName: input.voice?.signatoryName ?? input.property.signatoryName,
      signatoryTitle: input.voice?.signatoryTitle ?? input.property.signatoryTitle,
    },
  };
}
