import { SUPPORTED_LANGUAGES, type SupportedLanguage } from "./language-profiles";
import { compileMatcher, matchWords, patterns, type Matcher } from "./lexicon-matcher";
import type { Token } from "./text";
import { URGENCY_KINDS, URGENCY_LEXICON, type UrgencyKind } from "./urgency-lexicon";

export { URGENCY_KINDS, type UrgencyKind } from "./urgency-lexicon";

export type UrgencyLevel = "ROUTINE" | "PROMPT" | "URGENT";
/** Why a review needs attention: a finding in one sentence, or an unhappy guest (1-2 stars, or unrated and negative). */
export type UrgencyReason = { kind: UrgencyKind | "unhappy-guest"; sentence: string };
export type Urgency = { level: UrgencyLevel; reasons: UrgencyReason[] };

/** From this rating up, findings make a review PROMPT rather than URGENT. */
const HAPPY_RATING = 4;
/** A negation cancels a term this many words ahead ("did not see any bed bugs"). */
const NEGATION_REACH = 4;
/** "Bed bug free", "bed bugs: none". */
const AFTER_REACH = 2;
/** A clause joined by "and"/"but" starts afresh: "no hot water and bed bugs everywhere" is a finding. */
const BREAKS: Record<SupportedLanguage, string> = {
  en: "and|but|however|although|though|whereas|while",
  de: "und|aber|jedoch|doch|sondern|obwohl",
  fr: "et|mais|cependant|pourtant|alors que",
  es: "y|pero|aunque|sin embargo",
  it: "e|ed|ma|però|tuttavia",
  pt: "e|mas|porém|contudo|embora",
  nl: "en|maar|echter|hoewel",
};

type Tag = { t: "term"; kind: UrgencyKind } | { t: "negation" } | { t: "after" } | { t: "ignore" } | { t: "break" };

function* entriesFor(lang: SupportedLanguage): Generator<readonly [string, Tag]> {
  const lexicon = URGENCY_LEXICON[lang];
  for (const kind of URGENCY_KINDS) for (const p of patterns(lexicon[kind])) yield [p, { t: "term", kind }];
  for (const p of patterns(lexicon.negation)) yield [p, { t: "negation" }];
  for (const p of patterns(lexicon.after)) yield [p, { t: "after" }];
  for (const p of patterns(lexicon.ignore)) yield [p, { t: "ignore" }];
  for (const p of patterns(BREAKS[lang])) yield [p, { t: "break" }];
}

const matchers = new Map<SupportedLanguage | "all", Matcher<Tag>>();
function urgencyMatcher(lang: SupportedLanguage | null): Matcher<Tag> {
  const key = lang ?? "all";
  let m = matchers.get(key);
  if (!m) {
    m = compileMatcher((lang ? [lang] : SUPPORTED_LANGUAGES).flatMap((l) => [...entriesFor(l)]));
    matchers.set(key, m);
  }
  return m;
}

/** The kinds of alarming things one sentence reports, negations and hypotheticals left out. */
export function urgentFindings(tokens: Token[], lang: SupportedLanguage | null): UrgencyKind[] {
  const matches = matchWords(
    tokens.map((t) => t.norm),
    urgencyMatcher(lang),
  );
  const has = (i: number, t: Tag["t"]) => matches[i]!.tags.some((tag) => tag.t === t);
  const pauseAt = (i: number) => tokens[matches[i]!.start]?.pause ?? 0;
  const found: UrgencyKind[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (has(i, "ignore")) continue;
    const kinds = m.tags.flatMap((tag) => (tag.t === "term" ? [tag.kind] : []));
    if (kinds.length === 0) continue;
    let cancelled = false;
    for (let j = i - 1; j >= 0 && !cancelled; j--) {
      const n = matches[j]!;
      if (m.start - n.end > NEGATION_REACH || pauseAt(j) !== pauseAt(i) || has(j, "break")) break;
      if (has(j, "negation")) cancelled = true;
    }
    for (let j = i + 1; j < matches.length && !cancelled; j++) {
      const a = matches[j]!;
      if (a.start - m.end > AFTER_REACH || pauseAt(j) !== pauseAt(i) || has(j, "break")) break;
      if (has(j, "after")) cancelled = true;
    }
    if (!cancelled) for (const k of kinds) if (!found.includes(k)) found.push(k);
  }
  return found;
}

/**
 * How soon a manager should look at a review. URGENT: a guest rating 1-3 stars (or not rating) reports
 * something about safety, hygiene, health, discrimination, harassment, theft, fraud or the law (one reason
 * per kind, with its sentence). PROMPT: the same findings in a 4-5 star review, or a 1-2 star review (or an
 * unrated, negative one) without findings. ROUTINE otherwise.
 */
export function assessUrgency(input: {
  sentences: { text: string; tokens: Token[] }[];
  language: SupportedLanguage | null;
  rating: number | null;
  sentiment: "positive" | "mixed" | "negative";
  /** The sentence that best shows what went wrong, for a PROMPT review's reason. */
  worstSentence: string | null;
}): Urgency {
  const byKind = new Map<UrgencyKind, string>();
  for (const { text, tokens } of input.sentences) {
    for (const kind of urgentFindings(tokens, input.language)) if (!byKind.has(kind)) byKind.set(kind, text);
  }
  if (byKind.size > 0) {
    const reasons = URGENCY_KINDS.flatMap((kind) => {
      const sentence = byKind.get(kind);
      return sentence ? [{ kind, sentence }] : [];
    });
    // A happy guest's aside ("my boyfriend fell ill and they called a doctor at once") still deserves a
    // look, but not an alarm: 4-5 star reviews with findings are PROMPT, their reasons kept.
    const happy = input.rating !== null && input.rating >= HAPPY_RATING;
    return { level: happy ? "PROMPT" : "URGENT", reasons };
  }
  const low = input.rating !== null ? input.rating <= 2 : input.sentiment === "negative";
  if (low) {
    const sentence = input.worstSentence ?? input.sentences[0]?.text ?? "";
    return { level: "PROMPT", reasons: [{ kind: "unhappy-guest", sentence }] };
  }
  return { level: "ROUTINE", reasons: [] };
}
