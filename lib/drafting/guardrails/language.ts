import { detectLanguage } from "../../reviews/language";
import { isSupportedLanguage } from "../../reviews/language-profiles";
import type { GuardrailFlag } from "../types";
import type { Rule } from "./shared";

// A reply in a language other than the review's reads as careless, unless the brand asks for bilingual
// replies (guest's language, then the brand's). Paragraphs are judged one by one: greetings and
// signatures are too short to tell, and a bilingual reply has one language per paragraph.

const MIN_WORDS = 6;
const MIN_CONFIDENCE = 0.15;
/** A short paragraph ("Best wishes, Uma Narayan, Treebo Hotel") is mostly names: it needs a surer reading. */
const SHORT_PARAGRAPH = 12;
const SHORT_CONFIDENCE = 0.5;

const NAMES: Record<string, string> = { en: "English", de: "German", fr: "French", es: "Spanish", it: "Italian", pt: "Portuguese", nl: "Dutch" };
export const languageName = (code: string) => NAMES[code] ?? code;

/** The languages of the reply's paragraphs that are long enough to tell. */
export function paragraphLanguages(text: string): string[] {
  const found: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const words = paragraph.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words < MIN_WORDS) continue;
    const detected = detectLanguage(paragraph);
    if (detected && detected.confidence >= (words < SHORT_PARAGRAPH ? SHORT_CONFIDENCE : MIN_CONFIDENCE)) found.push(detected.language);
  }
  if (found.length === 0) {
    const whole = detectLanguage(text);
    if (whole && whole.confidence >= MIN_CONFIDENCE) found.push(whole.language);
  }
  return found;
}

export const languageRule: Rule = (reply, context) => {
  const expected = context.reviewLanguage?.toLowerCase().split(/[-_]/)[0] ?? null;
  if (!isSupportedLanguage(expected)) return [];
  const found = paragraphLanguages(reply.text);
  if (found.length === 0) return [];
  const second = context.voice?.bilingualWith ?? null;
  const allowed = new Set<string>([expected, ...(second ? [second] : [])]);
  const strangers = [...new Set(found.filter((l) => !allowed.has(l)))];
  const flags: GuardrailFlag[] = [];
  if (!found.includes(expected)) {
    flags.push({
      code: "wrong-language",
      message: `The review is in ${languageName(expected)} but the reply is in ${languageName(found[0] ?? "another language")}.`,
      blocking: true,
    });
  } else if (strangers.length > 0) {
    flags.push({
      code: "wrong-language",
      message: `Part of the reply is in ${strangers.map(languageName).join(" and ")}, which is neither the review's language${second ? " nor the brand's second language" : ""}.`,
      blocking: true,
    });
  }
  return flags;
};
