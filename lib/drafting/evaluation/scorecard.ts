import { analyseReview } from "../../reviews/analyse";
import { detectLanguage } from "../../reviews/language";
import { foldSameLength } from "../guardrails/shared";
import { checkReply } from "../guardrails";
import { aspectsMentioned, bodySentences, replyBody, wordsIn } from "./reply-text";
import { variety, type Variety } from "./variety";

// Scores a set of replies to reviews, whoever wrote them, with the same functions for every writer, so
// Lobby's drafts and the hotels' own replies can be printed side by side. Nothing here knows which
// writer a reply came from: aspects are found by the review analyser's lexicon in both, guardrails are
// the ones approval applies, and the property context (no profile, same name and city) is the same.

export type ReplyToScore = {
  hotel: { name: string; city: string };
  platform: string;
  review: { rating: number | null; title: string | null; text: string | null };
  reply: string;
};

export type Scorecard = {
  replies: number;
  /** Mean share of the aspects a review raises that the reply talks about (reviews raising any). */
  aspectCoverage: number;
  /** Of reviews that praise staff by name, the share whose reply names them. */
  staffNamed: number | null;
  /** Mean share of a reply's body sentences that mention nothing the review raised: boilerplate. */
  boilerplate: number;
  /** Blocking guardrail findings per 100 replies, and the most frequent codes. */
  guardrailBreaksPer100: number;
  breakCodes: [string, number][];
  /** Share of replies in the review's language (both detected the same way). */
  languageMatch: number;
  meanWords: number;
  /** Mean over hotels with at least `VARIETY_WINDOW` replies, within windows of that many consecutive replies. */
  variety: Variety & { hotels: number };
};

/**
 * Variety is measured within windows of consecutive replies of one hotel, as readers meet them (and as
 * "no two of a property's recent replies should read alike" asks), and averaged over windows and hotels.
 */
export const VARIETY_WINDOW = 20;
const MAX_WINDOWS = 6;

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export function scorecard(items: ReplyToScore[]): Scorecard {
  const coverage: number[] = [];
  const boilerplate: number[] = [];
  let staffReviews = 0;
  let staffNamed = 0;
  let breaks = 0;
  const codes = new Map<string, number>();
  let languageChecked = 0;
  let languageMatched = 0;
  const lengths: number[] = [];
  const byHotel = new Map<string, string[]>();

  for (const item of items) {
    const analysis = analyseReview(item.review);
    const language = analysis.language;
    const raised = new Set(analysis.aspects.map((a) => a.aspect));
    const body = replyBody(item.reply);
    const mentioned = aspectsMentioned(body, language);
    const praisedStaff = analysis.staff.filter((s) => s.polarity === "positive").map((s) => s.name.replace(/^\p{L}+\.\s*/u, ""));
    const namesStaff = praisedStaff.some((n) => foldSameLength(body).includes(foldSameLength(n)));
    // Thanking Maria by name answers the praise of the staff as surely as "our team" does.
    if (namesStaff) mentioned.add("staff");
    if (raised.size > 0) coverage.push([...raised].filter((a) => mentioned.has(a)).length / raised.size);
    if (praisedStaff.length > 0) {
      staffReviews++;
      if (namesStaff) staffNamed++;
    }

    const sentences = bodySentences(item.reply);
    if (sentences.length > 0) {
      const specific = (s: string) => [...aspectsMentioned(s, language)].some((a) => raised.has(a)) || praisedStaff.some((n) => s.includes(n));
      boilerplate.push(sentences.filter((s) => !specific(s)).length / sentences.length);
    }

    const flags = checkReply(item.reply, {
      reviewLanguage: language,
      reviewText: [item.review.title, item.review.text].filter(Boolean).join("\n"),
      authorName: null,
      rating: item.review.rating,
      platform: item.platform.toUpperCase(),
      property: { name: item.hotel.name, city: item.hotel.city },
    }).filter((f) => f.blocking);
    breaks += flags.length;
    for (const f of flags) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);

    const replyLanguage = detectLanguage(body)?.language ?? null;
    if (language && replyLanguage) {
      languageChecked++;
      if (language === replyLanguage) languageMatched++;
    }
    lengths.push(wordsIn(body));
    byHotel.set(item.hotel.name, [...(byHotel.get(item.hotel.name) ?? []), item.reply]);
  }

  const perHotel = [...byHotel.values()]
    .filter((r) => r.length >= VARIETY_WINDOW)
    .map((r) => {
      const windows: Variety[] = [];
      for (let end = r.length; end >= VARIETY_WINDOW && windows.length < MAX_WINDOWS; end -= VARIETY_WINDOW) windows.push(variety(r.slice(end - VARIETY_WINDOW, end)));
      return {
        meanSimilarity: mean(windows.map((v) => v.meanSimilarity)),
        nearDuplicatePairs: mean(windows.map((v) => v.nearDuplicatePairs)),
        distinctOpenings: mean(windows.map((v) => v.distinctOpenings)),
        sharingSixGram: mean(windows.map((v) => v.sharingSixGram)),
        repeatedSixGrams: mean(windows.map((v) => v.repeatedSixGrams)),
      };
    });
  return {
    replies: items.length,
    aspectCoverage: mean(coverage),
    staffNamed: staffReviews ? staffNamed / staffReviews : null,
    boilerplate: mean(boilerplate),
    guardrailBreaksPer100: items.length ? (100 * breaks) / items.length : 0,
    breakCodes: [...codes].sort((a, b) => b[1] - a[1]).slice(0, 4),
    languageMatch: languageChecked ? languageMatched / languageChecked : 0,
    meanWords: mean(lengths),
    variety: {
      hotels: perHotel.length,
      meanSimilarity: mean(perHotel.map((v) => v.meanSimilarity)),
      nearDuplicatePairs: mean(perHotel.map((v) => v.nearDuplicatePairs)),
      distinctOpenings: mean(perHotel.map((v) => v.distinctOpenings)),
      sharingSixGram: mean(perHotel.map((v) => v.sharingSixGram)),
      repeatedSixGrams: mean(perHotel.map((v) => v.repeatedSixGrams)),
    },
  };
}
