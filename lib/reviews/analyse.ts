import type { Aspect } from "./aspect-lexicon";
import { reviewLexicon, type Polarity, type Tag } from "./compiled-lexicon";
import { detectLanguage } from "./language";
import { isSupportedLanguage, type SupportedLanguage } from "./language-profiles";
import { matchWords } from "./lexicon-matcher";
import { findStaffNames } from "./staff-names";
import { reviewSentences, tokenize } from "./text";

export { ASPECTS, type Aspect } from "./aspect-lexicon";

export type ReviewForAnalysis = {
  rating: number | null;
  title: string | null;
  text: string | null;
  /** The platform's language code when it gave one ("de", "pt-BR"). */
  language?: string | null;
};

export type AspectMention = {
  aspect: Aspect;
  polarity: "positive" | "negative";
  /** The first sentence that raised it (review text: data, never to be echoed into a reply). */
  sentence: string;
  mentions: number;
};

export type StaffMention = { name: string; polarity: "positive" | "negative" | "unknown"; sentence: string };

export type ReviewAnalysis = {
  language: string | null;
  sentiment: "positive" | "mixed" | "negative";
  /** Most salient first: most mentions, then earliest. */
  aspects: AspectMention[];
  staffNames: string[];
  staff: StaffMention[];
  asksQuestion: boolean;
};

/** A cue reaches an aspect this many words away (a comma counts as three). */
const CUE_REACH = 8;
/** An aspect without its own cue borrows the praise of a polar aspect word this close ("room was clean"). */
const BORROW_REACH = 3;
const PAUSE_COST = 3;
/** Listed aspects are joined by a comma or one of these ("the room and the bed"), not by "the" alone. */
const CONJUNCTIONS = new Set("and or und oder sowie et ou y e ed en of plus with mit avec con com met".split(" "));
/** Platform languages win over detection unless the text is long and detection is sure. */
const OVERRIDE_MIN_CONFIDENCE = 0.5;
const OVERRIDE_MIN_CHARS = 60;

type Mention = { aspect: Aspect; at: number; pause: number; clause: number; own: Polarity | 0; cues: number[] };
type Cue = { at: number; pause: number; clause: number; polarity: Polarity };

function sign(n: number): Polarity | 0 {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

function resolveLanguage(review: ReviewForAnalysis, body: string): string | null {
  const given = review.language?.trim().toLowerCase().split(/[-_]/)[0] || null;
  const detected = body ? detectLanguage(body) : null;
  if (!given) return detected?.language ?? null;
  if (detected && detected.language !== given && detected.confidence >= OVERRIDE_MIN_CONFIDENCE && body.length >= OVERRIDE_MIN_CHARS) {
    return detected.language;
  }
  return given;
}

/** Aspect polarities in one sentence, plus the sentence's overall lean (for staff names). */
function analyseSentence(sentence: string, lang: SupportedLanguage | null) {
  const tokens = tokenize(sentence);
  const matches = matchWords(
    tokens.map((t) => t.norm),
    reviewLexicon(lang),
  );
  const mentions: Mention[] = [];
  const cues: Cue[] = [];
  const negations: { at: number; pause: number; clause: number }[] = [];
  const glue = new Set<number>();
  let clause = 0;
  for (const m of matches) {
    const has = (kind: Tag["kind"]) => m.tags.some((t) => t.kind === kind);
    if (has("contrast") && m.start > 0) clause += 1;
    const pause = tokens[m.start]?.pause ?? 0;
    if (has("negation")) negations.push({ at: m.start, pause, clause });
    if (has("glue")) for (let i = m.start; i < m.end; i++) glue.add(i);
    let polarity = 0;
    for (const t of m.tags) if (t.kind === "cue" || t.kind === "aspect") polarity += t.polarity;
    let p = sign(polarity);
    const negated = negations.some((n) => n.clause === clause && n.pause === pause && n.at < m.start && m.start - n.at <= 3);
    if (p && negated) p = p === 1 ? -1 : 1;
    const aspects = m.tags.flatMap((t) => (t.kind === "aspect" ? [t] : []));
    for (const a of aspects) mentions.push({ aspect: a.aspect, at: m.start, pause, clause, own: a.polarity ? p : 0, cues: [] });
    if (p && aspects.every((a) => a.polarity === 0)) cues.push({ at: m.start, pause, clause, polarity: p });
  }

  const distance = (a: { at: number; pause: number }, b: { at: number; pause: number }) =>
    Math.abs(a.at - b.at) + PAUSE_COST * Math.abs(a.pause - b.pause);

  const floating: Cue[] = [];
  for (const c of cues) {
    let best: Mention | null = null;
    for (const m of mentions) {
      if (m.clause !== c.clause || m.own) continue;
      if (!best || distance(m, c) < distance(best, c)) best = m;
    }
    if (best && distance(best, c) <= CUE_REACH) best.cues.push(c.polarity);
    else floating.push(c);
  }

  const polarity = new Map<Mention, Polarity>();
  for (const m of mentions) {
    const p = m.own || sign(m.cues.reduce((s, x) => s + x, 0));
    if (p) polarity.set(m, p);
  }
  for (const m of mentions) {
    if (polarity.has(m)) continue;
    // Only praise is borrowed: "the room was dirty" is a cleanliness complaint, not a second one about the room.
    const near = mentions.find((o) => o.own === 1 && o.clause === m.clause && distance(o, m) <= BORROW_REACH);
    if (near) polarity.set(m, 1);
  }
  // "The staff and the room were lovely": listed aspects share the cue of their neighbour.
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of mentions) {
      if (polarity.has(m)) continue;
      const linked = mentions.find((o) => {
        const p = polarity.get(o);
        if (!p || o.clause !== m.clause || o === m) return false;
        const [from, to] = o.at < m.at ? [o.at, m.at] : [m.at, o.at];
        let joined = o.pause !== m.pause;
        for (let i = from + 1; i < to; i++) {
          if (!glue.has(i)) return false;
          if (CONJUNCTIONS.has(tokens[i]?.norm ?? "")) joined = true;
        }
        return joined;
      });
      const p = linked ? polarity.get(linked) : undefined;
      if (p) {
        polarity.set(m, p);
        changed = true;
      }
    }
  }
  // "Nice room but small": a clause with cues and no aspect speaks about the previous clause's last aspect.
  for (let k = 1; k <= clause; k++) {
    if (mentions.some((m) => m.clause === k)) continue;
    const p = sign(cues.filter((c) => c.clause === k).reduce((s, c) => s + c.polarity, 0));
    const previous = mentions.filter((m) => m.clause === k - 1).pop();
    if (!p || !previous) continue;
    const carried: Mention = { ...previous, clause: k, own: p, cues: [] };
    mentions.push(carried);
    polarity.set(carried, p);
  }

  const lean = sign(
    [...cues, ...floating].reduce((s, c) => s + c.polarity, 0) +
      mentions.reduce((s, m) => s + m.own, 0),
  );
  const found = mentions.flatMap((m) => {
    const p = polarity.get(m);
    return p ? [{ aspect: m.aspect, polarity: p }] : [];
  });
  return { found, lean };
}

function overallSentiment(rating: number | null, positives: number, negatives: number): ReviewAnalysis["sentiment"] {
  if (rating === null) {
    if (positives > 0 && positives >= 2 * negatives) return "positive";
    if (negatives > 0 && negatives >= 2 * positives) return "negative";
    return "mixed";
  }
  if (rating >= 5) return negatives > 0 && negatives >= positives ? "mixed" : "positive";
  if (rating >= 4) return negatives > 0 && negatives >= positives ? "mixed" : "positive";
  if (rating >= 3) {
    if (negatives > 0 && positives === 0) return "negative";
    if (positives > 0 && negatives === 0) return "positive";
    return "mixed";
  }
  return positives > negatives ? "mixed" : "negative";
}

/**
 * What a review is about: its language, overall sentiment, the aspects praised or criticised (with the
 * sentence that raised each), staff members named, and whether the guest asks something. Pure and fast.
 */
export function analyseReview(review: ReviewForAnalysis): ReviewAnalysis {
  const sentences = reviewSentences(review.title, review.text);
  const body = sentences.join(" ");
  const language = resolveLanguage(review, body);
  const lexiconLanguage = isSupportedLanguage(language) ? language : null;
  const rating = typeof review.rating === "number" && Number.isFinite(review.rating) ? review.rating : null;

  const tally = new Map<string, AspectMention & { first: number }>();
  const staff: StaffMention[] = [];
  sentences.forEach((sentence, index) => {
    const { found, lean } = analyseSentence(sentence, lexiconLanguage);
    for (const f of found) {
      const polarity = f.polarity === 1 ? "positive" : "negative";
      const key = `${f.aspect}:${polarity}`;
      const entry = tally.get(key);
      if (entry) entry.mentions += 1;
      else tally.set(key, { aspect: f.aspect, polarity, sentence, mentions: 1, first: index });
    }
    for (const name of findStaffNames(sentence, lexiconLanguage ?? "en")) {
      const byRating = rating === null ? 0 : rating >= 4 ? 1 : rating <= 2 ? -1 : 0;
      const p = lean || byRating;
      if (staff.some((s) => s.name === name)) continue;
      staff.push({ name, polarity: p === 1 ? "positive" : p === -1 ? "negative" : "unknown", sentence });
      if (p === 1 && !tally.has("staff:positive")) {
        tally.set("staff:positive", { aspect: "staff", polarity: "positive", sentence, mentions: 1, first: index });
      }
    }
  });

  const aspects = [...tally.values()]
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map(({ first: _first, ...rest }) => rest);
  const positives = aspects.filter((a) => a.polarity === "positive").reduce((n, a) => n + a.mentions, 0);
  const negatives = aspects.filter((a) => a.polarity === "negative").reduce((n, a) => n + a.mentions, 0);

  return {
    language,
    sentiment: overallSentiment(rating, positives, negatives),
    aspects,
    staffNames: staff.map((s) => s.name),
    staff,
    asksQuestion: /\?/.test(`${review.title ?? ""} ${review.text ?? ""}`),
  };
}
