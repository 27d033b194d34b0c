import type { Aspect } from "./aspect-lexicon";
import { analyseSentence, overallSentiment, type Sentiment } from "./analyse-aspects";
import { findQuestions, type GuestQuestion } from "./analyse-questions";
import { findStayContext, type StayContext, type StayEvidence } from "./analyse-stay";
import { assessUrgency, type Urgency } from "./analyse-urgency";
import { detectLanguage } from "./language";
import { isSupportedLanguage, LANGUAGE_WORDS, type SupportedLanguage } from "./language-profiles";
import { findStaffNames } from "./staff-names";
import { fold, splitSentences, tokenize, words as wordsOf } from "./text";

export { ASPECTS, type Aspect } from "./aspect-lexicon";
export type { Sentiment } from "./analyse-aspects";
export type { GuestQuestion } from "./analyse-questions";
export { STAY_CONTEXTS, type StayContext, type StayEvidence } from "./analyse-stay";
export { URGENCY_KINDS, type Urgency, type UrgencyKind, type UrgencyLevel, type UrgencyReason } from "./analyse-urgency";

/**
 * Bump when the analysis changes in a way worth re-running over stored reviews (lexicons, rules, shape):
 * stored analyses with another version are redone by the workers' housekeeping.
 */
export const ANALYSIS_VERSION = "analysis-6";

export type ReviewForAnalysis = {
  rating: number | null;
  title: string | null;
  text: string | null;
  /** The platform's language code when it gave one ("de", "pt-BR"). */
  language?: string | null;
  /** The property's name: "thank you Ramada" thanks the hotel, not a member of staff. */
  propertyName?: string | null;
};

export type AspectMention = {
  aspect: Aspect;
  polarity: "positive" | "negative";
  /** The first sentence that raised it (review text: data, never to be echoed into a reply). */
  sentence: string;
  mentions: number;
};

export type StaffMention = { name: string; polarity: "positive" | "negative" | "unknown"; sentence: string };

export type ReviewAnalysis = {
  language: string | null;
  sentiment: Sentiment;
  /** Most salient first: most mentions, then earliest. */
  aspects: AspectMention[];
  staffNames: string[];
  staff: StaffMention[];
  /** Real questions to answer; rhetorical ones are left out. */
  questions: GuestQuestion[];
  /** Same as `questions.length > 0`, for callers that only need to know. */
  asksQuestion: boolean;
  stayContext: StayContext[];
  /** One sentence per stay context, in the order of `stayContext`. */
  stayEvidence: StayEvidence[];
  urgency: Urgency;
};

/** Platform languages win over detection unless the text is long and detection is sure. */
const OVERRIDE_MIN_CONFIDENCE = 0.5;
const OVERRIDE_MIN_CHARS = 60;

/**
 * Texts in Lobby's languages use their common words at every turn (a quarter of the words or more);
 * a Polish or Norwegian review that detection reads as Italian or French uses almost none of them.
 */
const MIN_COMMON_SHARE = 0.2;
const COMMON_SHARE_MIN_WORDS = 8;
const commonWords = new Map<SupportedLanguage, Set<string>>();

function writtenIn(body: string, language: SupportedLanguage): boolean {
  const words = fold(body).split(/[^\p{L}']+/u).filter(Boolean);
  if (words.length < COMMON_SHARE_MIN_WORDS) return true;
  let common = commonWords.get(language);
  if (!common) {
    common = new Set(fold(LANGUAGE_WORDS[language]).split(/[\s|]+/).filter(Boolean));
    commonWords.set(language, common);
  }
  return words.filter((w) => common.has(w)).length / words.length >= MIN_COMMON_SHARE;
}

function resolveLanguage(review: ReviewForAnalysis, body: string): string | null {
  const given = review.language?.trim().toLowerCase().split(/[-_]/)[0] || null;
  const detected = body ? detectLanguage(body) : null;
  // A language Lobby does not write, read as its nearest neighbour, would get a reply in the wrong language.
  if (!given) return detected && writtenIn(body, detected.language) ? detected.language : null;
  // The platform's word is overridden only by a text that is plainly in another of Lobby's languages:
  // a Swedish review the platform calls "sv" must not be read as German because detection leans that way.
  const plainly = (language: SupportedLanguage) => body.length >= OVERRIDE_MIN_CHARS && writtenIn(body, language);
  if (detected && detected.language !== given && detected.confidence >= OVERRIDE_MIN_CONFIDENCE && plainly(detected.language)) {
    return detected.language;
  }
  return given;
}

/**
 * What a review is about: its language, overall sentiment, the aspects praised or criticised (with the
 * sentence that raised each), staff members named, the questions the guest asks, who they travelled
 * with, and how urgently a manager should look at it. Pure and fast (well under a millisecond for a
 * typical review); it runs for every review and inside every builtin draft.
 */
export function analyseReview(review: ReviewForAnalysis): ReviewAnalysis {
  const titleSentences = review.title?.trim() ? splitSentences(review.title) : [];
  const bodySentences = review.text?.trim() ? splitSentences(review.text) : [];
  const sentences = [...titleSentences, ...bodySentences];
  // Tokenized once: every reader below works on the same folded words.
  const tokenized = sentences.map((text, i) => ({ text, tokens: tokenize(text), inTitle: i < titleSentences.length }));
  const body = sentences.join(" ");
  const language = resolveLanguage(review, body);
  const lexiconLanguage = isSupportedLanguage(language) ? language : null;
  const rating = typeof review.rating === "number" && Number.isFinite(review.rating) ? review.rating : null;

  const ownWords = new Set(wordsOf(review.propertyName ?? ""));
  const tally = new Map<string, AspectMention & { first: number }>();
  const staff: StaffMention[] = [];
  tokenized.forEach(({ text: sentence, tokens }, index) => {
    const { found, lean } = analyseSentence(tokens, lexiconLanguage);
    for (const f of found) {
      const polarity = f.polarity === 1 ? "positive" : "negative";
      const key = `${f.aspect}:${polarity}`;
      const entry = tally.get(key);
      if (entry) entry.mentions += 1;
      else tally.set(key, { aspect: f.aspect, polarity, sentence, mentions: 1, first: index });
    }
    for (const name of findStaffNames(sentence, lexiconLanguage ?? "en")) {
      const byRating = rating === null ? 0 : rating >= 4 ? 1 : rating <= 2 ? -1 : 0;
      const p = lean || byRating;
      if (staff.some((s) => s.name === name) || wordsOf(name).some((w) => ownWords.has(w))) continue;
      staff.push({ name, polarity: p === 1 ? "positive" : p === -1 ? "negative" : "unknown", sentence });
      if (p === 1 && !tally.has("staff:positive")) {
        tally.set("staff:positive", { aspect: "staff", polarity: "positive", sentence, mentions: 1, first: index });
      }
    }
  });

  const aspects = [...tally.values()]
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map(({ first: _first, ...rest }) => rest);
  const positives = aspects.filter((a) => a.polarity === "positive").reduce((n, a) => n + a.mentions, 0);
  const negatives = aspects.filter((a) => a.polarity === "negative").reduce((n, a) => n + a.mentions, 0);
  const sentiment = overallSentiment(rating, positives, negatives);

  // Without a language, every lexicon is tried; in a language Lobby does not read, none is: other
  // languages' words misread it (Swedish "säng", bed, folds to French "sang", blood).
  const readable = language === null || lexiconLanguage !== null ? tokenized : [];
  const questions = findQuestions(readable, lexiconLanguage);
  const stay = findStayContext(readable, lexiconLanguage);
  const worstSentence = aspects.find((a) => a.polarity === "negative")?.sentence ?? sentences[0] ?? null;
  const urgency = assessUrgency({ sentences: readable, language: lexiconLanguage, rating, sentiment, worstSentence });

  return {
    language,
    sentiment,
    aspects,
    staffNames: staff.map((s) => s.name),
    staff,
    questions,
    asksQuestion: questions.length > 0,
    stayContext: stay.contexts,
    stayEvidence: stay.evidence,
    urgency,
  };
}
