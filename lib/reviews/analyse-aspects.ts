import type { Aspect } from "./aspect-lexicon";
import { reviewLexicon, type Lends, type Polarity, type Tag } from "./compiled-lexicon";
import type { SupportedLanguage } from "./language-profiles";
import { matchWords } from "./lexicon-matcher";
import type { Token } from "./text";

// The aspect reader: which aspects one sentence praises or criticises, and how a review's aspects and
// rating add up to one overall sentiment.

export type Sentiment = "positive" | "mixed" | "negative";

/** A cue reaches an aspect this many words away (a comma counts as three). */
const CUE_REACH = 8;
/** An aspect without its own cue borrows the praise of a polar aspect word this close ("room was clean"). */
const BORROW_REACH = 3;
const PAUSE_COST = 3;
/** Listed aspects are joined by a comma or one of these ("the room and the bed"), not by "the" alone. */
const CONJUNCTIONS = new Set("and or und oder sowie et ou y e ed en of plus with mit avec con com met".split(" "));

type Mention = { aspect: Aspect; at: number; end: number; pause: number; clause: number; own: Polarity | 0; cues: number[]; lends?: Lends; desk?: boolean };

/** Things guests pay for apart from the stay: "parking is expensive" criticises the parking, not the value. */
const PRICED = new Set<Aspect>(["parking", "breakfast", "food", "wifi", "pool-spa", "check-in"]);
/** Where a general praise word ("impeccable") means clean; elsewhere it praises what it sits on. */
const CLEANABLE = new Set<Aspect>(["room", "bathroom", "bed", "cleanliness", "facilities"]);
/** How far a price word reaches its thing ("la colazione costa 18 euro, decisamente cara"; a comma counts three), and a praise word its noun. */
const LEND_REACH: Record<Lends, number> = { price: 10, praise: 2 };
/** A machine that is loud is criticised with the noise: "the air conditioning made a terrible noise". */
const NOISY = new Set<Aspect>(["air-conditioning"]);
const NOISE_REACH = 5;

/**
 * Aspects that are also where the others happen: "the air conditioning in our room" is about the air
 * conditioning, "the view from the terrace" about the view, "the smell of the lobby" about the smell.
 */
const CONTAINERS = new Set<Aspect>(["room", "facilities"]);
/** Words that make the container a place: "in", "from", "im", "dans", "en", "nella", "no", "op" (folded). */
const LOCATIVES = new Set("in inside within of from on at im in auf aus vom von dans du des de sur en desde del nel nella nei della di dalla dal sulla no na nos nas do da em op van vanaf".split(" "));

/** Container mentions that only say where a more specific aspect was: they take no cue of their own. */
function locations(mentions: Mention[], tokens: Token[], glue: Set<number>): Map<Mention, Mention> {
  const located = new Map<Mention, Mention>();
  for (const m of mentions) {
    if (!CONTAINERS.has(m.aspect)) continue;
    const specific = mentions.find((o) => !CONTAINERS.has(o.aspect) && o.clause === m.clause && o.pause === m.pause && o.end <= m.at && m.at - o.end <= 3);
    if (!specific) continue;
    let locative = false;
    let joined = true;
    for (let i = specific.end; i < m.at; i++) {
      if (LOCATIVES.has(tokens[i]?.norm ?? "")) locative = true;
      else if (!glue.has(i)) joined = false;
    }
    if (locative && joined) located.set(m, specific);
  }
  return located;
}
type Cue = { at: number; pause: number; clause: number; polarity: Polarity; wait?: boolean };

function sign(n: number): Polarity | 0 {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

/** Aspect polarities in one sentence, plus the sentence's overall lean (for staff names). */
export function analyseSentence(tokens: Token[], lang: SupportedLanguage | null) {
  const matches = matchWords(
    tokens.map((t) => t.norm),
    reviewLexicon(lang),
  );
  const mentions: Mention[] = [];
  const cues: Cue[] = [];
  const negations: { at: number; pause: number; clause: number }[] = [];
  const glue = new Set<number>();
  /** Clauses opened by "otherwise", "sonst", "por lo demás": they say nothing of the aspect before them. */
  const asides = new Set<number>();
  let clause = 0;
  for (const m of matches) {
    const has = (kind: Tag["kind"]) => m.tags.some((t) => t.kind === kind);
    if (has("contrast") && m.start > 0) clause += 1;
    // Only where a clause starts ("…, sonst alles prima"), not inside one ("the service was otherwise fine").
    if (has("aside") && m.start > 0 && tokens[m.start - 1]?.pause !== tokens[m.start]?.pause) {
      clause += 1;
      asides.add(clause);
    }
    const pause = tokens[m.start]?.pause ?? 0;
    if (has("negation")) negations.push({ at: m.start, pause, clause });
    if (has("glue")) for (let i = m.start; i < m.end; i++) glue.add(i);
    let polarity = 0;
    for (const t of m.tags) if (t.kind === "cue" || t.kind === "aspect") polarity += t.polarity;
    let p = sign(polarity);
    const negated = negations.some((n) => n.clause === clause && n.pause === pause && n.at < m.start && m.start - n.at <= 3);
    if (p && negated && !m.tags.some((t) => t.kind === "cue" && t.settled)) p = p === 1 ? -1 : 1;
    const aspects = m.tags.flatMap((t) => (t.kind === "aspect" ? [t] : []));
    for (const a of aspects) {
      mentions.push({ aspect: a.aspect, at: m.start, end: m.end, pause, clause, own: a.polarity ? p : 0, cues: [], lends: a.lends, desk: a.desk });
    }
    const wait = m.tags.some((t) => t.kind === "cue" && t.wait);
    if (p && aspects.every((a) => a.polarity === 0)) cues.push({ at: m.start, pause, clause, polarity: p, wait });
  }

  const distance = (a: { at: number; pause: number }, b: { at: number; pause: number }) =>
    Math.abs(a.at - b.at) + PAUSE_COST * Math.abs(a.pause - b.pause);

  // "Parken ist teuer", "servizio impeccabile": the word speaks of the thing beside it, as a cue would.
  let lent = 0;
  for (const m of [...mentions]) {
    if (!m.lends || !m.own) continue;
    const kind = m.lends;
    // The nearest other aspect in the clause: a price word lends to it when it is paid for apart.
    let target: Mention | null = null;
    for (const o of mentions) {
      if (o === m || o.lends || o.clause !== m.clause || distance(o, m) > LEND_REACH[kind]) continue;
      if (kind === "praise" && o.pause !== m.pause) continue;
      if (!target || distance(o, m) < distance(target, m)) target = o;
    }
    if (!target || (kind === "price" ? !PRICED.has(target.aspect) : CLEANABLE.has(target.aspect) || target.aspect === m.aspect)) continue;
    mentions.splice(mentions.indexOf(m), 1);
    target.cues.push(m.own);
    lent += m.own;
  }
  // "We waited an hour at reception": a wait at the front desk is a check-in complaint.
  for (const m of mentions) {
    if (m.desk && !m.own && cues.some((c) => c.wait && c.clause === m.clause && distance(c, m) <= CUE_REACH)) {
      m.aspect = "check-in";
      m.own = -1;
    }
  }

  const located = locations(mentions, tokens, glue);
  // A cue right after "the bed in the room" reaches the bed through the room that only says where it was.
  const reach = (m: Mention, c: Cue) => {
    let d = distance(m, c);
    for (const [place, of] of located) if (of === m) d = Math.min(d, distance(place, c));
    return d;
  };
  const floating: Cue[] = [];
  for (const c of cues) {
    let best: Mention | null = null;
    for (const m of mentions) {
      if (m.clause !== c.clause || m.own || located.has(m)) continue;
      if (!best || reach(m, c) < reach(best, c)) best = m;
    }
    if (best && reach(best, c) <= CUE_REACH) best.cues.push(c.polarity);
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
    else if (NOISY.has(m.aspect) && mentions.some((o) => o.aspect === "noise" && o.own === -1 && o.clause === m.clause && distance(o, m) <= NOISE_REACH)) {
      polarity.set(m, -1);
    }
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
    if (asides.has(k) || mentions.some((m) => m.clause === k)) continue;
    const p = sign(cues.filter((c) => c.clause === k).reduce((s, c) => s + c.polarity, 0));
    // "Chambre propre mais très sommaire": the thing named, not the praise word, is what the clause qualifies.
    const before = mentions.filter((m) => m.clause === k - 1);
    const previous = before.filter((m) => !m.own).pop() ?? before.pop();
    if (!p || !previous) continue;
    const carried: Mention = { ...previous, clause: k, own: p, cues: [] };
    mentions.push(carried);
    polarity.set(carried, p);
  }

  const lean = sign(
    [...cues, ...floating].reduce((s, c) => s + c.polarity, 0) +
      mentions.reduce((s, m) => s + m.own, 0) +
      lent,
  );
  const found = mentions.flatMap((m) => {
    const p = polarity.get(m);
    return p ? [{ aspect: m.aspect, polarity: p }] : [];
  });
  return { found, lean };
}

export function overallSentiment(rating: number | null, positives: number, negatives: number): Sentiment {
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
