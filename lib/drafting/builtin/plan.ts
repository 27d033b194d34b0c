import type { AspectMention, GuestQuestion, ReviewAnalysis } from "../../reviews/analyse";
import type { Aspect } from "../../reviews/aspect-lexicon";
import type { DraftInput } from "../types";
import { complaintKind } from "./complaint-kind";
import { aboutDrinks } from "./drinks";
import { greetingName } from "./guest-name";
import type { ComplaintKind, Tone } from "./phrases/types";

// What the reply will say, decided before any wording is chosen: the tone, which praised and criticised
// aspects it answers (most salient first, about four in all), whom it thanks by name, and whether it
// invites the guest to get in touch. Wording (compose.ts) only realises this plan.

export type ReplyPlan = {
  tone: Tone;
  guestName: string | null;
  /** No text at all: a short reply to the rating alone. */
  ratingOnly: boolean;
  praised: Aspect[];
  criticised: Aspect[];
  /** Criticism inside a 4-5 star review is acknowledged without an apology. */
  lightCriticism: boolean;
  staffNames: string[];
  /** The review sentence that raised each answered aspect, by "aspect:polarity" (for the "why" beside the editor). */
  sentences: Record<string, string>;
  /** What kind of problem each criticised aspect is, when it is one Lobby has a concrete next step for. */
  kinds: Partial<Record<Aspect, ComplaintKind>>;
  /** Whether the praise or the complaint filed under food is about drinks (cocktails, wine, coffee) rather than meals. */
  drinks: { positive: boolean; negative: boolean };
  /** Questions to answer, at most two. */
  questions: GuestQuestion[];
  inviteContact: boolean;
  /** What a manager must see (safety, harassment, theft...) in a 1-3 star review, with the sentence that reports it. */
  serious: { kinds: string[]; sentence: string } | null;
};

/** "shorter" variants and brands with short replies answer fewer aspects; praise goes before complaints. */
export type PlanLimits = { maxAspects: number; maxPraised?: number };

const MAX_ASPECTS = 4;
const MAX_QUESTIONS = 2;
const MAX_STAFF_NAMES = 3;

export function toneOf(rating: number | null, sentiment: ReviewAnalysis["sentiment"]): Tone {
  if (rating !== null) {
    if (rating >= 5) return "glowing";
    if (rating >= 4) return "warm";
    if (rating >= 3) return "mixed";
    return "negative";
  }
  return sentiment === "positive" ? "warm" : sentiment;
}

/** One polarity per aspect: the one mentioned more often, ties broken by the tone. */
function settle(aspects: AspectMention[], tone: Tone): { praised: Aspect[]; criticised: Aspect[] } {
  const favourPraise = tone === "glowing" || tone === "warm";
  const praised: Aspect[] = [];
  const criticised: Aspect[] = [];
  for (const a of aspects) {
    if (praised.includes(a.aspect) || criticised.includes(a.aspect)) continue;
    const other = aspects.find((o) => o.aspect === a.aspect && o.polarity !== a.polarity);
    let polarity = a.polarity;
    if (other && other.mentions === a.mentions) polarity = favourPraise ? "positive" : "negative";
    (polarity === "positive" ? praised : criticised).push(a.aspect);
  }
  return { praised, criticised };
}

/** Staff names worth thanking publicly: praised, and not the hotel's own name, city or signatory. */
function thankableNames(analysis: ReviewAnalysis, property: DraftInput["property"]): string[] {
  const own = new Set(
    `${property.name} ${property.city} ${property.signatoryName}`
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
  const names = analysis.staff
    .filter((s) => s.polarity === "positive")
    .map((s) => s.name)
    .filter((n) => !n.toLowerCase().split(/[^\p{L}]+/u).some((w) => own.has(w)));
  const byLastWord = new Map<string, string>();
  for (const n of names) {
    const key = n.split(" ").pop()?.toLowerCase() ?? n;
    if (!byLastWord.has(key)) byLastWord.set(key, n);
  }
  return [...byLastWord.values()].slice(0, MAX_STAFF_NAMES);
}

/** An urgent review's findings; the unhappy-guest reason alone is not one. */
function seriousMatter(analysis: ReviewAnalysis): ReplyPlan["serious"] {
  if (analysis.urgency.level !== "URGENT") return null;
  const reasons = analysis.urgency.reasons.filter((r) => r.kind !== "unhappy-guest");
  return reasons.length > 0 ? { kinds: reasons.map((r) => r.kind), sentence: reasons[0]!.sentence } : null;
}

export function planReply(input: DraftInput, analysis: ReviewAnalysis, limits: PlanLimits = { maxAspects: MAX_ASPECTS }): ReplyPlan {
  const maxAspects = Math.max(1, Math.min(MAX_ASPECTS, limits.maxAspects));
  const { review } = input;
  const rating = typeof review.rating === "number" && Number.isFinite(review.rating) ? review.rating : null;
  const ratingOnly = !`${review.title ?? ""}${review.text ?? ""}`.trim();
  const tone = toneOf(rating, analysis.sentiment);
  const staffNames = ratingOnly ? [] : thankableNames(analysis, input.property);
  const settled = settle(analysis.aspects, tone);
  // A named colleague is thanked even when the team as a whole was criticised; both get an answer.
  if (staffNames.length > 0 && !settled.praised.includes("staff")) settled.praised.unshift("staff");

  const negativeTone = tone === "negative" || tone === "mixed";
  const maxPraised = Math.min(limits.maxPraised ?? Infinity, maxAspects - 1 || 1, tone === "negative" ? 1 : negativeTone ? 2 : 3);
  let praised = settled.praised.slice(0, maxPraised);
  if (staffNames.length > 0 && !praised.includes("staff")) praised = ["staff", ...praised.slice(0, maxPraised - 1)];
  const criticised = settled.criticised.slice(0, Math.max(1, maxAspects - praised.length));
  const room = maxAspects - praised.length - criticised.length;
  if (room > 0 && limits.maxPraised === undefined) praised = [...praised, ...settled.praised.filter((a) => !praised.includes(a)).slice(0, room)];

  const sentences: Record<string, string> = {};
  for (const a of analysis.aspects) sentences[`${a.aspect}:${a.polarity}`] ??= a.sentence;
  const staffSentence = analysis.staff.find((s) => staffNames.includes(s.name))?.sentence;
  if (staffSentence) sentences["staff:positive"] ??= staffSentence;
  const drinks = { positive: aboutDrinks(sentences["food:positive"]), negative: aboutDrinks(sentences["food:negative"]) };
  const kinds: Partial<Record<Aspect, ComplaintKind>> = {};
  for (const a of criticised) {
    const kind = complaintKind(a, sentences[`${a}:negative`] ?? "");
    // Drinks are not the head chef's: the general next step hands them to the service team.
    if (kind && !(a === "food" && drinks.negative)) kinds[a] = kind;
  }

  return {
    tone,
    guestName: greetingName(review.authorName),
    ratingOnly,
    praised: ratingOnly ? [] : praised,
    criticised: ratingOnly ? [] : criticised,
    lightCriticism: !negativeTone,
    staffNames,
    sentences,
    kinds,
    drinks,
    questions: ratingOnly ? [] : analysis.questions.slice(0, MAX_QUESTIONS),
    inviteContact: tone === "negative",
    serious: ratingOnly ? null : seriousMatter(analysis),
  };
}
