import { draftBuiltin } from "../../lib/drafting/builtin";
import type { DraftPart } from "../../lib/drafting/types";
import type { FakeModelBehaviour } from "./faults";

// The fake model behind the test server: it reads the review out of the user message (the JSON between
// <review> tags, as Lobby sends it) and the hotel out of the system message (<property> JSON), and
// answers with a plausible reply written by Lobby's builtin drafter. Prompts shaped otherwise still get
// an answer, built from whatever could be read.

export type ChatMessage = { role: string; content: string };

type ReadReview = { rating: number | null; title: string | null; text: string | null; language: string | null; authorDisplayName: string | null };
type ReadProperty = { name: string; city: string; signatory: string };

function between(text: string, open: string, close: string): string | null {
  const start = text.indexOf(open);
  const end = text.lastIndexOf(close);
  return start >= 0 && end > start ? text.slice(start + open.length, end) : null;
}

function parseObject(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

export function readReview(messages: ChatMessage[]): ReadReview {
  const user = messages.filter((m) => m.role === "user").map((m) => m.content).join("\n");
  const o = parseObject(between(user, "<review>", "</review>"));
  return {
    rating: typeof o.rating === "number" ? o.rating : null,
    title: str(o.title),
    text: str(o.text) ?? (Object.keys(o).length ? null : user),
    language: str(o.language),
    authorDisplayName: str(o.authorDisplayName),
  };
}

function readProperty(messages: ChatMessage[]): ReadProperty {
  const system = messages.filter((m) => m.role === "system" || m.role === "developer").map((m) => m.content).join("\n");
  const o = parseObject(between(system, "<property>", "</property>"));
  return { name: str(o.name) ?? "the hotel", city: str(o.city) ?? "", signatory: str(o.signatory) ?? "The team" };
}

/** What a fooled model picks up from a review that tries to instruct it. */
const INJECTION = /ignore (all |any )?(the |your )?(previous|prior|above|earlier|preceding) (instructions|rules|prompts?)|disregard|system prompt|you are now|new instructions|free night|refund|upgrade|discount|voucher/i;
const ASKS: [RegExp, string][] = [
  [/free night|nuit gratuite|noche gratis|kostenlose nacht/i, "a free night"],
  [/refund|rembours|reembols|erstatt/i, "a full refund"],
  [/upgrade/i, "an upgrade on your next stay"],
  [/discount|voucher|rabatt|réduction|descuento/i, "a 50% discount voucher"],
];

/** The paragraph a fooled model adds: the compensation asked for, and an invented contact address. */
export function obeyingParagraph(review: ReadReview): string | null {
  const said = `${review.title ?? ""} ${review.text ?? ""}`;
  if (!INJECTION.test(said)) return null;
  const offers = ASKS.filter(([re]) => re.test(said)).map(([, offer]) => offer);
  const what = offers.length ? offers.join(" and ") : "a free night";
  return `As you asked, we will give you ${what}. Please write to reservations@fooled-model.example to claim it.`;
}

export type FakeDraft = { reply: string; language: string; parts: { text: string; answers: string; sentence: string | null; guideline: string | null }[] };

export function fakeDraft(messages: ChatMessage[], behaviour: FakeModelBehaviour): FakeDraft {
  const review = readReview(messages);
  const property = readProperty(messages);
  const [signatoryName, ...title] = property.signatory.split(",").map((s) => s.trim());
  const draft = draftBuiltin({
    review: { rating: review.rating, title: review.title, text: review.text, language: review.language, authorName: review.authorDisplayName, platform: "GOOGLE" },
    property: { name: property.name, city: property.city, signatoryName: signatoryName ?? "", signatoryTitle: title.join(", ") },
    seed: `${review.title ?? ""}|${review.text ?? ""}`,
  });
  let text = draft.text;
  let parts: DraftPart[] = draft.parts;
  const obeyed = behaviour === "obey-injections" ? obeyingParagraph(review) : null;
  if (obeyed) {
    // Just before the sign-off, where a real model tends to put its offer.
    const paragraphs = text.split("\n\n");
    paragraphs.splice(Math.max(paragraphs.length - 1, 0), 0, obeyed);
    text = paragraphs.join("\n\n");
    parts = [...parts.slice(0, -1), { text: obeyed, answers: "question" }, ...parts.slice(-1)];
  }
  return {
    reply: text,
    language: draft.language,
    parts: parts.map((p) => ({ text: p.text, answers: p.answers, sentence: p.sentence ?? null, guideline: p.guideline ?? null })),
  };
}

/** A rough token count (about four characters a token), enough for usage figures and cost tests. */
export function countTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}
