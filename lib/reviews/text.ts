// Text helpers shared by language detection and review analysis. Matching happens on a folded form
// (lower case, no diacritics) so "Frühstück", "fruhstuck" and "FRÜHSTÜCK" all meet the same lexicon entry.

const LIGATURES: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l" };

/** Lower-cases and strips diacritics: "Séjour très agréable" -> "sejour tres agreable". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøł]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}

export type Token = {
  /** Folded word. */
  norm: string;
  /** How many commas (or dashes, colons) precede this token in its sentence; a weak clause boundary. */
  pause: number;
};

const WORD_OR_PAUSE = /[\p{L}\p{N}]+|[,:()\u2013\u2014]|\s-\s/gu;

/** Words of a sentence in folded form; apostrophes split words ("l'hôtel" -> "l", "hotel"). */
export function tokenize(text: string): Token[] {
  const expanded = text.replace(/n['’]t\b/gi, " not");
  const tokens: Token[] = [];
  let pause = 0;
  for (const m of fold(expanded).matchAll(WORD_OR_PAUSE)) {
    const w = m[0];
    if (/^[\p{L}\p{N}]+$/u.test(w)) tokens.push({ norm: w, pause });
    else pause += 1;
  }
  return tokens;
}

/** Folded words only, for quick scoring. */
export function words(text: string): string[] {
  return fold(text.replace(/n['’]t\b/gi, " not")).match(/\p{L}+/gu) ?? [];
}

const MAX_SENTENCE_CHARS = 400;

/**
 * Splits review text into sentences on end punctuation and line breaks. Abbreviations such as "Mr."
 * are kept with the following name so staff patterns still see "Mr. Sanjay".
 */
export function splitSentences(text: string): string[] {
  const protectedText = text.replace(
    /\b(Mr|Mrs|Ms|Dr|Hr|Fr|St|Sr|Sra|Srta|Sig|Dhr|Mevr|Mme|Mlle|[A-Z])\./g,
    "$1\u0000",
  );
  return protectedText
    .split(/(?<=[.!?…。])\s+|[\r\n]+|(?<=[!?])(?=\p{Lu})/u)
    .map((s) => s.replace(/\u0000/g, ".").trim())
    .filter((s) => /\p{L}/u.test(s))
    .map((s) => (s.length > MAX_SENTENCE_CHARS ? s.slice(0, MAX_SENTENCE_CHARS) : s));
}

/** Title and body as one list of sentences; the title counts as the first sentence. */
export function reviewSentences(title: string | null, text: string | null): string[] {
  const out: string[] = [];
  if (title && title.trim()) out.push(...splitSentences(title));
  if (text && text.trim()) out.push(...splitSentences(text));
  return out;
}
