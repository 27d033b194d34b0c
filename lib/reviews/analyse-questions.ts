import type { Aspect } from "./aspect-lexicon";
import { reviewLexicon } from "./compiled-lexicon";
import type { SupportedLanguage } from "./language-profiles";
import { SUPPORTED_LANGUAGES } from "./language-profiles";
import { matchWords } from "./lexicon-matcher";
import { QUESTION_CUES } from "./question-lexicon";
import { tokenize, type Token } from "./text";

/** A question the guest asks that a reply can answer, and the aspect it is about when one is named. */
export type GuestQuestion = { text: string; topic?: Aspect };

type Compiled = { fillers: RegExp; opening: RegExp; addressed: RegExp; anywhere: RegExp; rhetorical: RegExp; request: RegExp; opener: string | null };

const MAX_QUESTIONS = 5;
const MIN_WORDS = 3;
/** Words every request cue contains, in some language; a sentence without one is no request. */
const REQUEST_HINT = /know|advise|confirm|tell|wissen|sagen|mitteil|savoir|dire|indiquer|saber|decir|indicar|sapere|dirmi|dirci|indicarmi|informar|weten|vertellen/i;
const TRAILING = /[\s"'»”’)\]\p{Extended_Pictographic}\uFE0F.]+$/u;

const compiled = new Map<SupportedLanguage, Compiled>();
function cuesFor(lang: SupportedLanguage): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    const q = QUESTION_CUES[lang];
    const any = (list: string[]) => new RegExp(list.map((s) => `(?:${s})`).join("|"));
    c = {
      fillers: new RegExp(`^(?:(?:${q.fillers}) )+`),
      opening: new RegExp(`^(?:${q.opening.map((s) => `(?:${s})`).join("|")})`),
      // The first opening cue is the one addressed to the hotel ("do you", "haben Sie").
      addressed: new RegExp(`^(?:${q.opening[0]})`),
      anywhere: any(q.anywhere),
      rhetorical: any(q.rhetorical),
      request: any(q.request),
      opener: q.opener ?? null,
    };
    compiled.set(lang, c);
  }
  return c;
}

/** Folded words joined by spaces, with English contractions the cues expect ("can't" -> "can not"). */
function flatten(sentence: string): string {
  return tokenize(sentence)
    .map((t) => t.norm)
    .join(" ")
    .replace(/\bca not\b/g, "can not")
    .replace(/\bwo not\b/g, "will not");
}

function topicOf(tokens: Token[], lang: SupportedLanguage | null): Aspect | undefined {
  const matches = matchWords(
    tokens.map((t) => t.norm),
    reviewLexicon(lang),
  );
  for (const m of matches) for (const tag of m.tags) if (tag.kind === "aspect") return tag.aspect;
  return undefined;
}

/** Whether one sentence is a real question in one language's terms. */
function asksIn(lang: SupportedLanguage, text: string, flat: string, marked: boolean, inTitle: boolean): boolean {
  const c = cuesFor(lang);
  if (!marked) return c.request.test(flat);
  const body = flat.replace(c.fillers, "");
  if (c.rhetorical.test(body)) return false;
  // A title that is a question is a headline ("Visiting Mumbai?") unless it speaks to the hotel.
  if (inTitle) return c.addressed.test(body) || c.anywhere.test(body);
  if (c.opener && text.includes(c.opener)) return true;
  // A filler word may also open the question: Portuguese "É possível" folds to the filler "e".
  return c.opening.test(body) || c.opening.test(flat) || c.anywhere.test(body);
}

/**
 * Questions the guest asks that deserve an answer: information ("Is there parking?", "Do you have
 * a shuttle?"), requests and suggestions ("Why not add kettles to the rooms?"). Rhetorical questions
 * ("What more could you want?", "Is this what you call service?"), exclamations ("Really?!"), asides
 * ("(3.5 stars?)") and headline titles are not questions to answer.
 */
export function findQuestions(
  sentences: { text: string; tokens: Token[]; inTitle: boolean }[],
  lang: SupportedLanguage | null,
): GuestQuestion[] {
  const languages = lang ? [lang] : SUPPORTED_LANGUAGES;
  const out: GuestQuestion[] = [];
  for (const { text, tokens, inTitle } of sentences) {
    if (out.length >= MAX_QUESTIONS) break;
    const trimmed = text.trim();
    const end = trimmed.replace(TRAILING, "");
    const marked = end.endsWith("?");
    if (marked) {
      if (/!\s*\?|\?\s*!|\?\s*\?\s*\?/.test(trimmed)) continue; // "Really?!", "Why???": indignation
      if (/\([^()]*\?[^()]*\)[\s.]*$/.test(trimmed)) continue; // "(1 km?)": an aside
    }
    // Without a question mark only a request can be a question; most sentences stop at this cheap test.
    if (!marked && !REQUEST_HINT.test(text)) continue;
    const flat = flatten(end);
    if (marked && flat.split(" ").length < MIN_WORDS) continue;
    if (!languages.some((l) => asksIn(l, trimmed, flat, marked, inTitle))) continue;
    const topic = topicOf(tokens, lang);
    out.push(topic ? { text: trimmed, topic } : { text: trimmed });
  }
  return out;
}
