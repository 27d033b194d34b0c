import { fold } from "./text";

// A small matcher for hand-written lexicons. A pattern is one folded word ("clean"), a prefix ("dirt*"),
// a suffix for compounds ("*zimmer" matches "Hotelzimmer"), or a phrase of words ("front desk",
// "value for money", "could have been better"; its last word may end in "*").
// Precedence at a position: longest phrase, then exact word, then longest prefix, then longest suffix.

type Phrase<T> = { words: string[]; lastIsPrefix: boolean; tags: T[] };
type Affix<T> = { affix: string; tags: T[] };

export type Matcher<T> = {
  exact: Map<string, T[]>;
  phrases: Map<string, Phrase<T>[]>;
  prefixes: Affix<T>[];
  suffixes: Affix<T>[];
};

export type Match<T> = { start: number; end: number; tags: T[] };

function addTo<K, T>(map: Map<K, T[]>, key: K, tag: T) {
  const list = map.get(key);
  if (list) list.push(tag);
  else map.set(key, [tag]);
}

export function compileMatcher<T>(entries: Iterable<readonly [string, T]>): Matcher<T> {
  const exact = new Map<string, T[]>();
  const phraseMap = new Map<string, Phrase<T>>();
  const prefixMap = new Map<string, T[]>();
  const suffixMap = new Map<string, T[]>();
  const seen = new Set<string>();
  for (const [raw, tag] of entries) {
    const pattern = fold(raw.trim());
    const key = `${pattern}\u0000${JSON.stringify(tag)}`;
    if (!pattern || seen.has(key)) continue;
    seen.add(key);
    if (pattern.includes(" ")) {
      const existing = phraseMap.get(pattern);
      if (existing) existing.tags.push(tag);
      else {
        const words = pattern.split(/\s+/);
        const last = words[words.length - 1] ?? "";
        const lastIsPrefix = last.endsWith("*");
        if (lastIsPrefix) words[words.length - 1] = last.slice(0, -1);
        phraseMap.set(pattern, { words, lastIsPrefix, tags: [tag] });
      }
    } else if (pattern.endsWith("*")) addTo(prefixMap, pattern.slice(0, -1), tag);
    else if (pattern.startsWith("*")) addTo(suffixMap, pattern.slice(1), tag);
    else addTo(exact, pattern, tag);
  }
  const phrases = new Map<string, Phrase<T>[]>();
  for (const p of phraseMap.values()) addTo(phrases, p.words[0] ?? "", p);
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const byLength = (map: Map<string, T[]>) =>
    [...map].map(([affix, tags]) => ({ affix, tags })).sort((a, b) => b.affix.length - a.affix.length);
  return { exact, phrases, prefixes: byLength(prefixMap), suffixes: byLength(suffixMap) };
}

function phraseAt<T>(words: string[], i: number, p: Phrase<T>): boolean {
  if (i + p.words.length > words.length) return false;
  for (let k = 0; k < p.words.length; k++) {
    const w = words[i + k] ?? "";
    const want = p.words[k] ?? "";
    const isLast = k === p.words.length - 1;
    if (isLast && p.lastIsPrefix ? !w.startsWith(want) : w !== want) return false;
  }
  return true;
}

/** Finds lexicon entries in a list of folded words, left to right, without overlaps. */
export function matchWords<T>(words: string[], m: Matcher<T>): Match<T>[] {
  const out: Match<T>[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] ?? "";
    const phrase = m.phrases.get(w)?.find((p) => phraseAt(words, i, p));
    if (phrase) {
      out.push({ start: i, end: i + phrase.words.length, tags: phrase.tags });
      i += phrase.words.length;
      continue;
    }
    const tags =
      m.exact.get(w) ??
      m.prefixes.find((p) => w.startsWith(p.affix))?.tags ??
      m.suffixes.find((s) => w.length > s.affix.length && w.endsWith(s.affix))?.tags;
    if (tags) out.push({ start: i, end: i + 1, tags });
    i += 1;
  }
  return out;
}

/** Splits a lexicon line "room|rooms|suite*" (it may wrap over several lines) into its patterns. */
export function patterns(line: string): string[] {
  return line
    .split(/[|\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
}
