import { reviewLexicon } from "../../reviews/compiled-lexicon";
import type { Aspect } from "../../reviews/aspect-lexicon";
import { isSupportedLanguage } from "../../reviews/language-profiles";
import { matchWords } from "../../reviews/lexicon-matcher";
import { splitSentences, tokenize } from "../../reviews/text";

// Reading a reply the way the evaluation compares replies: its body without greeting and signature
// (which repeat by design in every hotel's replies), its sentences, and the aspects it talks about,
// found with the same lexicon that finds what a review raises. Every reply, Lobby's or a hotel's, is
// read by these same functions.

/** Short lines at the start and end are greetings, sign-offs, names and titles. */
const FRAME_WORDS = 5;

export function replyBody(reply: string): string {
  const lines = reply
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  let from = 0;
  let to = lines.length;
  while (from < to && wordsIn(lines[from]!) <= FRAME_WORDS) from++;
  while (to > from && wordsIn(lines[to - 1]!) <= FRAME_WORDS) to--;
  return lines.slice(from, to).join(" ");
}

export const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function bodySentences(reply: string): string[] {
  return splitSentences(replyBody(reply)).filter((s) => wordsIn(s) >= 3);
}

/** Aspects a text names, whatever it says about them. */
export function aspectsMentioned(text: string, language: string | null): Set<Aspect> {
  const lexicon = reviewLexicon(isSupportedLanguage(language) ? language : null);
  const found = new Set<Aspect>();
  for (const sentence of splitSentences(text)) {
    for (const m of matchWords(
      tokenize(sentence).map((t) => t.norm),
      lexicon,
    )) {
      for (const tag of m.tags) if (tag.kind === "aspect") found.add(tag.aspect);
    }
  }
  return found;
}
