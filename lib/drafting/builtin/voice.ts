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

/** Greetings that read oddly without a name ("Dear,", "Liebe,"): the bank's anonymous greeting is used instead. */
const NEEDS_NAME = /^(?:dear|dearest|liebe|lieber|liebe\/r|hallo|cher|chère|chers|querido|querida|estimado|estimada|caro|cara|gentile|prezado|prezada|beste|lieve|geachte)[\s,:!]*$/i;

export function greetingPart(bank: PhraseBank, voice: VoiceRules, language: SupportedLanguage, guestName: string | null, renderer: Renderer): DraftPart {
  const own = voice.greetings[language]?.trim();
  if (own) {
    const text = guestName ? own.replace(/\{name\}/g, guestName) : own.replace(/\s*\{name\}/g, "").replace(/\s+([,:!])/g, "$1").trim();
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

export type PhraseToUse = { text: string; place: "thanks" | "closing" | "body" };

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
    const sentence = capitalize(p.trim());
    const text = /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
    const place = CLOSING_LIKE.test(p) ? "closing" : THANKS_LIKE.test(p) ? "thanks" : "body";
    return { text, place };
  });
}

export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
