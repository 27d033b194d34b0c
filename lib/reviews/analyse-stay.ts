import { SUPPORTED_LANGUAGES, type SupportedLanguage } from "./language-profiles";
import { compileMatcher, matchWords, patterns, type Matcher } from "./lexicon-matcher";
import { STAY_ADVICE, STAY_CONTEXTS, STAY_LEXICON, type StayContext } from "./stay-lexicon";
import type { Token } from "./text";

export { STAY_CONTEXTS, type StayContext } from "./stay-lexicon";

/** One reason to think the guest travelled this way: the sentence that says so. */
export type StayEvidence = { context: StayContext; sentence: string };

type Tag = StayContext | "ignore" | "advice";
/** Advice reaches a context this many words ahead ("ideal for a short business trip"). */
const ADVICE_REACH = 4;

const matchers = new Map<SupportedLanguage | "all", Matcher<Tag>>();
function stayMatcher(lang: SupportedLanguage | null): Matcher<Tag> {
  const key = lang ?? "all";
  let m = matchers.get(key);
  if (!m) {
    const entries = (lang ? [lang] : SUPPORTED_LANGUAGES).flatMap((l) =>
      [
        ...[...STAY_CONTEXTS, "ignore" as const].flatMap((tag) => patterns(STAY_LEXICON[l][tag]).map((p) => [p, tag] as const)),
        ...patterns(STAY_ADVICE[l]).map((p) => [p, "advice"] as const),
      ],
    );
    m = compileMatcher(entries);
    matchers.set(key, m);
  }
  return m;
}

/**
 * Who the guest travelled with and why, from what they say about this stay. A family trip includes a
 * couple, so "couple" is kept only without family evidence ("my wife and our two kids" is a family).
 */
export function findStayContext(
  sentences: { text: string; tokens: Token[] }[],
  lang: SupportedLanguage | null,
): { contexts: StayContext[]; evidence: StayEvidence[] } {
  const evidence: StayEvidence[] = [];
  for (const { text: sentence, tokens } of sentences) {
    const matches = matchWords(
      tokens.map((t) => t.norm),
      stayMatcher(lang),
    );
    matches.forEach((m, i) => {
      if (m.tags.includes("ignore") || m.tags.includes("advice")) return;
      const pause = tokens[m.start]?.pause;
      const advised = matches
        .slice(0, i)
        .some((a) => a.tags.includes("advice") && m.start - a.end <= ADVICE_REACH && tokens[a.start]?.pause === pause);
      if (advised) return;
      for (const tag of m.tags) {
        if (tag !== "ignore" && tag !== "advice" && !evidence.some((e) => e.context === tag)) evidence.push({ context: tag, sentence });
      }
    });
  }
  const kept = evidence.some((e) => e.context === "family") ? evidence.filter((e) => e.context !== "couple") : evidence;
  const contexts = STAY_CONTEXTS.filter((c) => kept.some((e) => e.context === c));
  return { contexts, evidence: contexts.map((c) => kept.find((e) => e.context === c)!) };
}
