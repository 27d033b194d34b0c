import { detectLanguage } from "../../reviews/language";
import { phraseKey, recurringSentences } from "../../voice/phrase-bank";
import type { Body } from "./compose";
import type { Picker } from "./random";
import type { Renderer } from "./render";

// The builtin drafter's side of the learning loop: DraftInput.examples are the property's best approved
// replies (newest and staff-edited first, from reviews like this one). A sentence staff wrote into
// several of them is the house's own voice, so the draft says it too, just before its closing.

/** A sentence must recur in this many examples: one reply's sentence is about that guest. */
const MIN_REPLIES = 2;
const MAX_EXAMPLES = 8;
const GRAM = 4;

const gramsOf = (text: string) => {
  const words = phraseKey(text).split(" ");
  const out: string[] = [];
  for (let i = 0; i + GRAM <= words.length; i++) out.push(words.slice(i, i + GRAM).join(" "));
  return out;
};

/** Sentences that recur across the examples written in `language`, most frequent first. */
export function learnedSentences(examples: readonly string[], language: string): { text: string; replies: number }[] {
  const recent = examples.slice(0, MAX_EXAMPLES);
  // Most properties have no such habit: finding none first spares detecting each example's language.
  if (recurringSentences(recent, MIN_REPLIES).length === 0) return [];
  const inLanguage = recent.filter((e) => detectLanguage(e)?.language === language);
  return inLanguage.length < MIN_REPLIES ? [] : recurringSentences(inLanguage, MIN_REPLIES);
}

/**
 * Adds one learned sentence before the body's closing, unless the draft already says something like it
 * or it uses a phrase the brand avoids. Optional, so a brand's length limit trims it first.
 */
export function withLearnedPhrase(body: Body, examples: readonly string[] | undefined, language: string, picker: Picker, renderer: Renderer): Body {
  const last = body[body.length - 1];
  if (!examples?.length || !last) return body;
  const said = new Set(body.flat().flatMap((p) => gramsOf(p.text)));
  const candidates = learnedSentences(examples, language).filter((c) => renderer.allows(c.text) && !gramsOf(c.text).some((g) => said.has(g)));
  if (candidates.length === 0) return body;
  const chosen = picker.pick(candidates, "learned", (c) => c.replies);
  last.splice(Math.max(0, last.length - 1), 0, {
    text: chosen.text,
    answers: "learned",
    guideline: `phrase your team uses (in ${chosen.replies} approved replies)`,
    optional: true,
  });
  return body;
}
