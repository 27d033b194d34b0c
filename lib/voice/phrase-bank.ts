import { fold, splitSentences } from "../reviews/text";

// What staff keep writing: sentences that recur across approved replies, and phrases they added to the
// machine draft they started from (word sequences in the approved text that the draft did not have) when
// the same addition recurs. A phrase seen in one reply only is about that guest; one staff write again
// and again is the house's voice. Pure and bounded by its input: callers pass at most a few dozen replies.

/** An approved reply and the first machine draft it started from (null: staff wrote it from scratch). */
export type ApprovedText = { text: string; startedFrom: string | null };

export type LearnedPhrase = {
  text: string;
  /** How many approved replies contain it. */
  replies: number;
  /** "added": staff wrote it into at least one reply; "kept": it came from drafts and staff kept it. */
  kind: "added" | "kept";
};

const GRAM = 4;
const MIN_WORDS = 4;
const MAX_WORDS = 30;

/** Lower case, accents and punctuation dropped: how sentences and phrases are compared. */
export const phraseKey = (text: string) => fold(text.replace(/[’‘]/g, "'")).replace(/[^\p{L}\p{N}']+/gu, " ").trim();

const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Nothing that only fits one guest or could be invented contact data: numbers, links, addresses, placeholders. */
const UNPORTABLE = /[\d@#{}[\]<>]|https?:|www\.|\.(com|net|org|de|fr|es|it|pt|nl)\b/i;

/**
 * The sentences of a reply's body that could stand in another reply: the greeting (first paragraph when
 * short) and the signature (last paragraph when short) left out, 4-30 words, nothing guest-specific.
 */
export function portableSentences(text: string): string[] {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const short = (p: string | undefined) => p !== undefined && wordsOf(p).length <= 8;
  let body = paragraphs;
  if (body.length > 1 && short(body[0])) body = body.slice(1);
  if (body.length > 1 && (short(body[body.length - 1]) || body[body.length - 1]!.includes("\n"))) body = body.slice(0, -1);
  return body
    .flatMap((p) => splitSentences(p))
    .filter((s) => !UNPORTABLE.test(s))
    .filter((s) => {
      const n = wordsOf(s).length;
      return n >= MIN_WORDS && n <= MAX_WORDS;
    });
}

function grams(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + GRAM <= words.length; i++) out.push(words.slice(i, i + GRAM).join(" "));
  return out;
}

/** Sentences found in at least `minReplies` of `texts`, most frequent first: the cheap core builtin uses. */
export function recurringSentences(texts: readonly string[], minReplies = 2): { text: string; replies: number }[] {
  const seen = new Map<string, { text: string; replies: number }>();
  for (const text of texts) {
    const keys = new Set<string>();
    for (const sentence of portableSentences(text)) {
      const key = phraseKey(sentence);
      if (keys.has(key)) continue;
      keys.add(key);
      const entry = seen.get(key);
      if (entry) entry.replies += 1;
      else seen.set(key, { text: sentence, replies: 1 });
    }
  }
  return [...seen.values()].filter((e) => e.replies >= minReplies).sort((a, b) => b.replies - a.replies);
}

/**
 * Runs of words staff added to one reply (every window of four words absent from its machine draft) that
 * are also among the additions of other replies, joined into the longest such runs.
 */
function recurringAdditions(replies: readonly ApprovedText[], minReplies: number): Map<string, { text: string; replies: number }> {
  const edited = replies.filter((r): r is { text: string; startedFrom: string } => r.startedFrom !== null);
  const addedPerReply = edited.map((r) => {
    const draftGrams = new Set(grams(phraseKey(r.startedFrom).split(" ")));
    const sentences = portableSentences(r.text).map((s) => ({ original: wordsOf(s), keys: phraseKey(s).split(" ") }));
    return sentences.map((s) => ({ ...s, added: grams(s.keys).map((g) => !draftGrams.has(g)) }));
  });
  const counts = new Map<string, number>();
  for (const sentences of addedPerReply) {
    const mine = new Set(sentences.flatMap((s) => grams(s.keys).filter((_, i) => s.added[i])));
    for (const g of mine) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const phrases = new Map<string, { text: string; replies: number }>();
  for (const sentences of addedPerReply) {
    for (const s of sentences) {
      // Only keys and original words that line up one to one can be cut back to the original wording.
      if (s.original.length !== s.keys.length) continue;
      const windows = grams(s.keys);
      let start = -1;
      for (let i = 0; i <= windows.length; i++) {
        const recurring = i < windows.length && s.added[i] && (counts.get(windows[i]!) ?? 0) >= minReplies;
        if (recurring && start < 0) start = i;
        if (!recurring && start >= 0) {
          const words = s.original.slice(start, i - 1 + GRAM);
          const text = words.join(" ").replace(/^[^\p{L}\p{N}]+|[,;:]+$/gu, "");
          const key = phraseKey(text);
          const replies = Math.min(...windows.slice(start, i).map((g) => counts.get(g) ?? 0));
          if (!phrases.has(key)) phrases.set(key, { text, replies });
          start = -1;
        }
      }
    }
  }
  return phrases;
}

/** The phrase bank of a set of approved replies, most used first. */
export function phraseBank(replies: readonly ApprovedText[], options: { minReplies?: number; limit?: number } = {}): LearnedPhrase[] {
  const minReplies = options.minReplies ?? 2;
  const limit = options.limit ?? 20;
  const draftSentences = new Set(replies.flatMap((r) => (r.startedFrom ? splitSentences(r.startedFrom).map(phraseKey) : [])));
  const sentences = recurringSentences(replies.map((r) => r.text), minReplies).map((s): LearnedPhrase => ({
    ...s,
    kind: draftSentences.has(phraseKey(s.text)) ? "kept" : "added",
  }));
  const sentenceKeys = sentences.map((s) => phraseKey(s.text));
  // A recurring addition inside a recurring sentence says the same thing twice; the sentence is enough.
  const additions = [...recurringAdditions(replies, minReplies).entries()]
    .filter(([key]) => !sentenceKeys.some((s) => s.includes(key)))
    .map(([, a]): LearnedPhrase => ({ ...a, kind: "added" }));
  // What staff added says more about their voice than what they merely kept.
  const rank = (p: LearnedPhrase) => (p.kind === "added" ? 1000 : 0) + p.replies;
  return [...sentences, ...additions].sort((a, b) => rank(b) - rank(a)).slice(0, limit);
}
