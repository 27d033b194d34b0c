import type { Aspect } from "../../reviews/aspect-lexicon";
import type { DraftInput, DraftPart } from "../types";
import type { ReplyPlan } from "./plan";
import type { PhraseBank } from "./phrases/types";
import type { Picker } from "./random";
import { capitalize, countWordings, expandAlternatives, fillPlaceholders, lowercaseFirst, placeholdersOf, tidy } from "./template";

// Turns a reply plan into sentences of one language. Every value that reaches the text comes from the
// phrase bank, the hotel's own settings, or a name that passed strict checks; review text never does.

type Values = Record<string, string | undefined>;

type Paragraphs = { greeting: DraftPart; body: DraftPart[][]; signOff: DraftPart };

/** Only templates whose placeholders all have values ("{inCity}" needs a city with a safe form). */
function usable(templates: readonly string[], values: Values): string[] {
  const ok = templates.filter((t) => placeholdersOf(t).every((k) => values[k] !== undefined));
  return ok.length > 0 ? ok : templates.filter((t) => placeholdersOf(t).length === 0);
}

/** The first two words, to avoid two sentences in a row that open the same way. */
const firstWord = (text: string) => /^[\p{L}'’]+\s+[\p{L}'’]+/u.exec(text)?.[0]?.toLowerCase() ?? "";

/** `after` is the sentence before this one: a template that starts with its first word is avoided. */
function render(templates: readonly string[], slot: string, values: Values, picker: Picker, after = ""): string {
  let options = usable(templates, values);
  if (options.length === 0) options = [...templates];
  const previous = firstWord(after);
  const varied = previous ? options.filter((t) => firstWord(t) !== previous) : options;
  // Weighing templates by their number of wordings spreads choices evenly over all wordings.
  const chosen = picker.pick(varied.length > 0 ? varied : options, slot, countWordings);
  const filled = fillPlaceholders(expandAlternatives(chosen, picker), values).replace(/\s*\{[a-zA-Z]+\}/g, "");
  return capitalize(tidy(filled));
}

function listNames(names: string[], and: string): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}

/** Specific thanks for this aspect more often than the generic ones, so replies stay tailored. */
function praiseSentence(bank: PhraseBank, aspect: Aspect, base: Values, picker: Picker, after: string): string {
  const phrases = bank.aspects[aspect];
  const values = { ...base, ...phrases.forms, ...phrases.praised };
  const specific = usable(phrases.praise, values);
  // Generic thanks read oddly about people ("the team behind our team"), so staff always get their own.
  const preferSpecific = aspect === "staff" || picker.chance(0.65);
  if (specific.length > 0 && preferSpecific) return render(specific, `praise:${aspect}`, values, picker, after);
  return render(bank.praise, "praise", values, picker, after);
}

/** Forms of several aspects joined into one phrase: "the noise and the air conditioning". */
function joinedForms(bank: PhraseBank, aspects: Aspect[]): Values {
  const first = bank.aspects[aspects[0] ?? "room"].forms;
  const joined: Values = { ...first };
  for (const key of Object.keys(first)) {
    if (key === "team") continue;
    joined[key] = listNames(aspects.map((a) => bank.aspects[a].forms[key] ?? ""), bank.and);
  }
  return joined;
}

/**
 * Complaints, grouped by the team that will hear about them so a reply says "I have passed your comments
 * about the room and the bathroom to housekeeping" once rather than once per aspect.
 */
function complaintParts(bank: PhraseBank, aspects: Aspect[], light: boolean, base: Values, picker: Picker): DraftPart[] {
  const groups = new Map<string, Aspect[]>();
  for (const a of aspects) {
    const team = bank.aspects[a].forms.team ?? a;
    groups.set(team, [...(groups.get(team) ?? []), a]);
  }
  const parts: DraftPart[] = [];
  for (const group of groups.values()) {
    const values = { ...base, ...joinedForms(bank, group) };
    const answers = group.map((a) => `aspect:${a}:negative`).join(",");
    if (light) {
      parts.push({ text: render(bank.lightComplaint, "light", values, picker), answers });
      continue;
    }
    for (const a of group) {
      const own = { ...base, ...bank.aspects[a].forms };
      const after = parts[parts.length - 1]?.text ?? "";
      parts.push({ text: render(bank.aspects[a].complaint, `complaint:${a}`, own, picker, after), answers: `aspect:${a}:negative` });
    }
    parts.push({ text: render(bank.nextStep, "next", values, picker), answers: `next-step:${group.join(",")}` });
  }
  return parts;
}

function signature(bank: PhraseBank, property: DraftInput["property"], picker: Picker): string {
  const title = [property.signatoryTitle, property.name].filter((s) => s.trim()).join(", ");
  return [picker.pick(bank.signOff, "signoff"), property.signatoryName, title].filter((s) => s.trim()).join("\n");
}

export function composeReply(plan: ReplyPlan, bank: PhraseBank, property: DraftInput["property"], picker: Picker): Paragraphs {
  const inCity = property.city.trim() ? bank.inCity(property.city.trim()) : null;
  const base: Values = { inCity: inCity ?? undefined, city: inCity ? property.city.trim() : undefined };

  const greetingText = plan.guestName
    ? render(bank.greeting.named, "greeting", { name: plan.guestName }, picker)
    : render(bank.greeting.anonymous, "greeting", {}, picker);
  const greeting: DraftPart = { text: greetingText, answers: "greeting" };

  const first: DraftPart[] = [];
  const second: DraftPart[] = [];
  if (plan.ratingOnly) {
    first.push({ text: render(bank.ratingOnly[plan.tone], "rating-only", base, picker), answers: "rating" });
  } else {
    first.push({ text: render(bank.opening[plan.tone], "opening", base, picker), answers: "opening" });
    for (const aspect of plan.praised) {
      const after = first[first.length - 1]?.text ?? "";
      const text =
        aspect === "staff" && plan.staffNames.length > 0
          ? render(bank.staffNamed, "staff-named", { ...base, names: listNames(plan.staffNames, bank.and) }, picker, after)
          : praiseSentence(bank, aspect, base, picker, after);
      first.push({ text, answers: `aspect:${aspect}:positive` });
    }
    second.push(...complaintParts(bank, plan.criticised, plan.lightCriticism, base, picker));
    if (plan.praised.length === 0 && plan.criticised.length === 0) {
      const general = plan.tone === "glowing" || plan.tone === "warm";
      const text = render(general ? bank.generalPraise : bank.generalComplaint, "general", base, picker);
      (general ? first : second).push({ text, answers: general ? "general:positive" : "general:negative" });
    }
    if (plan.answerQuestion) second.push({ text: render(bank.question, "question", base, picker), answers: "question" });
  }
  if (plan.inviteContact) second.push({ text: render(bank.contact, "contact", base, picker), answers: "contact" });
  const closing = { text: render(bank.closing[plan.tone], "closing", base, picker), answers: "closing" };

  if (bank.lowercaseAfterGreeting && first[0]) first[0] = { ...first[0], text: lowercaseFirst(first[0].text) };
  const signOff: DraftPart = { text: signature(bank, property, picker), answers: "sign-off" };
  return { greeting, body: [first, second, [closing]].filter((p) => p.length > 0), signOff };
}

export function layout(p: Paragraphs): { text: string; parts: DraftPart[] } {
  const paragraphs = [p.greeting.text, ...p.body.map((ps) => ps.map((x) => x.text).join(" ")), p.signOff.text];
  return { text: paragraphs.join("\n\n"), parts: [p.greeting, ...p.body.flat(), p.signOff] };
}
