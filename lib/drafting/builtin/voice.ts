import { SUPPORTED_LANGUAGES, type SupportedLanguage } from "../../reviews/language-profiles";
import type { VoiceRules } from "../../voice/guidelines";
import { foldSameLength } from "../guardrails/shared";
import type { DraftPart, DraftTone } from "../types";
import type { PhraseBank } from "./phrases/types";
import type { Picker } from "./random";
import type { Renderer } from "./render";
import { capitalize } from "./template";

// How the brand's voice guidelines shape a builtin draft: the greeting and sign-off per language, the
// signatory, the register, the phrases the brand likes to use, and the variants staff ask for from the
// editor (warmer, more formal, shorter).

/** The rules a draft follows once the editor's tone variant is applied. */
export function rulesForVariant(voice: VoiceRules, variant: DraftTone | undefined): VoiceRules {
  switch (variant) {
    case "more-formal":
      return { ...voice, formality: "formal", tone: "polished" };
    case "warmer":
      return { ...voice, tone: voice.tone === "polished" ? "warm" : "upbeat" };
    case "shorter":
      return { ...voice, minWords: Math.min(voice.minWords, 20), maxWords: Math.max(30, Math.min(voice.maxWords, Math.round(voice.maxWords * 0.6), 80)) };
    default:
      return voice;
  }
}

/** Greetings that read oddly without a name ("Dear,", "Liebe,", "Caro/a,"): the bank's anonymous greeting is used instead. */
const NEEDS_NAME = /^(?:dear|dearest|liebe|lieber|liebe\/r|hallo|cher|chère|chers|querido|querida|estimado|estimada|caro|cara|gentile|prezado|prezada|beste|lieve|geachte)(?:\/\p{L}*)?[\s,:!]*$/iu;

export function greetingPart(bank: PhraseBank, voice: VoiceRules, language: SupportedLanguage, guestName: string | null, renderer: Renderer): DraftPart {
  const own = voice.greetings[language]?.trim();
  if (own) {
    const text = guestName ? own.replace(/\{name\}/g, guestName) : own.replace(/\s*\{name\}/g, "").replace(/\s+([,:!])/g, "$1").replace(/,([:!,])/g, "$1").trim();
    if (!NEEDS_NAME.test(text) && text && renderer.allows(text)) return { text, answers: "greeting", guideline: `greeting (${language})` };
  }
  const set = voice.formality === "informal" ? bank.informal.greeting : bank.greeting;
  const templates = guestName ? set.named : set.anonymous;
  const text = renderer.render(templates, "greeting", { name: guestName ?? undefined }) ?? templates[0] ?? "";
  return { text, answers: "greeting", guideline: `formality: ${voice.formality}` };
}

export type Signatory = { name: string; title: string; property: string };

export function signOffPart(bank: PhraseBank, voice: VoiceRules, language: SupportedLanguage, signatory: Signatory, picker: Picker, renderer: Renderer): DraftPart {
  const own = voice.signOffs[language]?.trim();
  const closings = (voice.formality === "informal" ? bank.informal.signOff : bank.signOff).filter((s) => renderer.allows(s));
  const line = own || (closings.length > 0 ? picker.pick(closings, "signoff") : "");
  const title = [signatory.title, signatory.property].filter((s) => s.trim()).join(", ");
  const guidelines = [own ? `sign-off (${language})` : null, voice.signatoryName ? "signatory" : null].filter(Boolean);
  return {
    text: [line, signatory.name, title].filter((s) => s.trim()).join("\n"),
    answers: "sign-off",
    ...(guidelines.length > 0 ? { guideline: guidelines.join("; ") } : {}),
  };
}

// Which language a brand phrase is written in, judged by the words of Lobby's own phrase banks: short
// phrases ("Your comfort is our priority") are too short for language detection.
let vocabularies: Map<SupportedLanguage, Set<string>> | null = null;

function vocabulary(banks: Record<SupportedLanguage, PhraseBank>): Map<SupportedLanguage, Set<string>> {
  if (!vocabularies) {
    vocabularies = new Map();
    for (const language of SUPPORTED_LANGUAGES) {
      const words = foldSameLength(JSON.stringify(banks[language])).split(/[^\p{L}']+/u);
      vocabularies.set(language, new Set(words.filter((w) => w.length >= 2)));
    }
  }
  return vocabularies;
}

export function phraseLanguage(phrase: string, banks: Record<SupportedLanguage, PhraseBank>): SupportedLanguage | null {
  const words = foldSameLength(phrase).split(/[^\p{L}']+/u).filter((w) => w.length >= 2);
  if (words.length === 0) return null;
  const scores = [...vocabulary(banks)].map(([language, known]) => ({ language, share: words.filter((w) => known.has(w)).length / words.length }));
  scores.sort((a, b) => b.share - a.share);
  const [best, second] = scores;
  if (!best || best.share < 0.5 || (second && second.share >= best.share)) return null;
  return best.language;
}

/** Where a brand phrase goes: its own sentence at the start, at the end or in the body, or woven into one of ours. */
export type PhraseToUse = { text: string; place: "thanks" | "closing" | "body" | "woven" };

/** Subjects and verbs that make a brand phrase a sentence of its own ("we look forward to ...", "Ihr Komfort ist ..."). */
const SENTENCE_WORDS =
  /(?<![\p{L}])(?:i|we|you|is|are|was|were|will|would|can|shall|hope|look|thank|thanks|welcome|love|appreciate|enjoy|ich|wir|sie|ist|sind|war|freuen|hoffen|danken|je|nous|vous|est|sont|serons|esperons|remercions|nosotros|usted|es|son|esperamos|agradecemos|noi|lei|è|sono|speriamo|ringraziamo|nós|você|é|são|wij|u|zijn|hopen|kijken)(?![\p{L}])/iu;
/** Words that open a noun phrase that can stand in for ours: "our team" for "the team". */
const DETERMINERS = "the|our|your|this|unser(?:e|em|en|er)?|das|die|der|den|dem|notre|nos|le|la|les|nuestr[oa]s?|el|los|las|nostr[oaie]|il|lo|o|os|as|noss[oa]s?|onze|ons|de|het";
const DETERMINER = new RegExp(`^(?:${DETERMINERS})$`, "i");

/** A phrase that cannot stand alone as a sentence ("our team", "home away from home"). */
export const isFragment = (phrase: string) => !/[.!?…]$/.test(phrase.trim()) && !SENTENCE_WORDS.test(phrase);

/**
 * Works a fragment into one of the reply's sentences: already there, or standing in for the same noun
 * ("the team" -> "our team"). Returns the index of the sentence it is in, or -1 when it does not fit
 * anywhere (then the reply goes without it rather than carry a one-word sentence).
 */
export function weaveFragment(sentences: { text: string }[], fragment: string): number {
  const phrase = fragment.trim();
  const folded = foldSameLength(phrase);
  const already = sentences.findIndex((s) => foldSameLength(s.text).includes(folded));
  if (already >= 0) return already;
  const words = phrase.split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (words.length < 2 || !DETERMINER.test(words[0] ?? "") || !/^\p{L}+$/u.test(head)) return -1;
  const same = new RegExp(`(?<![\\p{L}])(?:${DETERMINERS})\\s+${head}(?![\\p{L}])`, "iu");
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const m = same.exec(sentence.text);
    if (!m) continue;
    const replacement = /^\p{Lu}/u.test(m[0]) ? capitalize(phrase) : phrase;
    sentence.text = sentence.text.slice(0, m.index) + replacement + sentence.text.slice(m.index + m[0].length);
    return i;
  }
  return -1;
}

const CLOSING_LIKE = /\b(?:back|again|return|soon|next|wieder|wiedersehen|bald|bientôt|retour|prochain|pronto|volver|próxima|presto|tornare|prossim|breve|voltar|próxima|terug|snel|gauw)\b/i;
const THANKS_LIKE = /\b(?:thank|thanks|danke|dank|merci|gracias|grazie|obrigad[oa]|agradec\w*|bedankt)\b/i;

/**
 * The brand's phrases to work into this reply: in the reply's language, not used by the property's
 * recent replies when others are available, at most `count`.
 */
export function phrasesToUse(
  voice: VoiceRules,
  language: SupportedLanguage,
  banks: Record<SupportedLanguage, PhraseBank>,
  recentFolded: () => string,
  count: number,
  picker: Picker,
  renderer: Renderer,
): PhraseToUse[] {
  const fitting = voice.phrasesToUse.filter((p) => phraseLanguage(p, banks) === language && renderer.allows(p));
  if (fitting.length === 0 || count <= 0) return [];
  const recent = recentFolded();
  const fresh = fitting.filter((p) => !recent.includes(foldSameLength(p)));
  const pool = fresh.length > 0 ? fresh : fitting;
  const chosen: string[] = [];
  while (chosen.length < Math.min(count, pool.length)) {
    const p = picker.pick(pool, "phrase-to-use");
    if (!chosen.includes(p)) chosen.push(p);
  }
  return chosen.map((p) => {
    if (isFragment(p)) return { text: p.trim(), place: "woven" as const };
    const sentence = capitalize(p.trim());
    const text = /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
    const place = CLOSING_LIKE.test(p) ? "closing" : THANKS_LIKE.test(p) ? "thanks" : "body";
    return { text, place };
  });
}

export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
