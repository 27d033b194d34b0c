import type { GuardrailFlag } from "../types";
import { excerptAt, type CheckedText, type PreparedContext, type Rule } from "./shared";

// Contact details, links and prices. A reply may give the property's own e-mail, phone and website as
// its profile states them; anything else is invented (LLMs copy other hotels' addresses) or, when the
// review holds it, the guest's own data, which must never be published.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** "anna (at) example (dot) com" and friends. */
const SPELLED_EMAIL = /[\p{L}\p{N}._-]+\s*[[(]\s*(?:at|ät|arroba|chiocciola|apenstaartje)\s*[\])]\s*[\p{L}\p{N}-]+(?:\s*[[(]\s*(?:dot|punkt|point|punto|ponto|punt)\s*[\])]\s*\p{L}{2,})?/giu;
const PHONE = /(?<![\p{L}\p{N}])(?:\+|00)?\d[\d ()./-]{5,}\d(?![\p{N}])/gu;
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>()"']+|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|info|biz|io|co|de|fr|es|it|pt|nl|be|ch|at|uk|in|br|eu|us|ly|me|app|hotel|travel|site|online|xyz|ru|cn)\b(?:\/[^\s<>()"']*)?/giu;
/** A cheap first look, so most replies skip the full link pattern. */
const MAYBE_URL = /https?:|www\.|[a-z0-9]\.(?:com|net|org|info|biz|io|co|de|fr|es|it|pt|nl|be|ch|at|uk|in|br|eu|us|ly|me|app|hotel|travel|site|online|xyz|ru|cn)\b/i;
/** Platforms a reply may name ("thank you for your review on Booking.com"): a brand, not a link. */
const PLATFORM_NAMES = /^(?:booking|tripadvisor|expedia|hotels|trustpilot|google|airbnb|agoda|trivago|holidaycheck)\.(?:com|de|fr|es|it|nl|co\.uk|com\.br|pt|in)$/i;

const CURRENCY = String.raw`(?:[€$£₹¥]|R\$|\bRs\.|\b(?:EUR|USD|GBP|CHF|INR|BRL|Rs|euros?|dollars?|pounds?|rupees?|reais|francs?|franken)\b)`;
const PRICE = new RegExp(String.raw`${CURRENCY}\s?\d[\d.,]*(?:\s?(?:k|mil|thousand))?|\d[\d.,]*\s?${CURRENCY}|\d[\d.,]*\s?(?:-|,)-`, "giu");

const digitsOf = (s: string) => s.replace(/\D/g, "");
const hostOf = (url: string) =>
  url
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .split(/[/?#]/)[0] ?? "";

/** Dates, times and year ranges look like phone numbers to a regex. */
function notAPhone(candidate: string): boolean {
  const trimmed = candidate.trim();
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(trimmed)) return true;
  if (/^(?:1[89]|20)\d{2}\s*[-/–]\s*(?:1[89]|20)\d{2}$/.test(trimmed)) return true;
  const groups = trimmed.split(/[^\d]+/).filter(Boolean);
  // "7.30 - 10.30": times; phone numbers written in pairs have five groups or more.
  if (groups.length <= 4 && groups.every((g) => g.length <= 2)) return true;
  return groups.every((g) => /^(?:1[89]|20)\d{2}$/.test(g));
}

function emails(reply: CheckedText, context: PreparedContext): GuardrailFlag[] {
  const own = context.profile?.email?.toLowerCase();
  const flags: GuardrailFlag[] = [];
  for (const pattern of [EMAIL, SPELLED_EMAIL]) {
    for (const m of reply.text.matchAll(pattern)) {
      const address = m[0];
      if (own && address.toLowerCase() === own) continue;
      const guests = context.reviewFolded.includes(address.toLowerCase());
      flags.push(
        guests
          ? { code: "personal-data", message: "Repeats an e-mail address from the review; it is not the property's (profile) and may be the guest's.", excerpt: address, blocking: true }
          : { code: "contact-not-in-profile", message: "Gives an e-mail address that is not the property's (profile); it may be invented.", excerpt: address, blocking: true },
      );
    }
  }
  return flags;
}

const STAY_NUMBER_BEFORE = /(?<![a-z])(?:room|rooms|id|booking|reservation|voucher|confirmation|folio|zimmer|chambre|habitacion|camera|quarto|kamer)\W*(?:(?:no|nr|number|nos|numbers|#)\W*)?$/;

function phones(reply: CheckedText, context: PreparedContext): GuardrailFlag[] {
  const own = digitsOf(context.profile?.phone ?? "");
  const reviewDigits = digitsOf(context.reviewText ?? "");
  const flags: GuardrailFlag[] = [];
  for (const m of reply.text.matchAll(PHONE)) {
    const digits = digitsOf(m[0]);
    if (digits.length < 7 || digits.length > 15 || notAPhone(m[0])) continue;
    if (own && (own.endsWith(digits.slice(-9)) || digits.endsWith(own.slice(-9)))) continue;
    if (context.profileText.replace(/\D/g, "").includes(digits)) continue;
    // "room # 212/214/215", "booking id no – 946916377": the guest's stay, not a contact number.
    const stay = STAY_NUMBER_BEFORE.test(reply.folded.slice(Math.max(0, m.index - 30), m.index));
    const guests = reviewDigits.includes(digits);
    flags.push(
      stay
        ? { code: "personal-data", message: "Gives the number of the guest's room or booking; it identifies the guest and must not be published.", excerpt: m[0].trim(), blocking: true }
        : guests
        ? { code: "personal-data", message: "Repeats a number from the review; it is not the property's (profile) and may be the guest's phone or booking.", excerpt: m[0].trim(), blocking: true }
        : { code: "contact-not-in-profile", message: "Gives a phone number that is not the property's (profile); it may be invented.", excerpt: m[0].trim(), blocking: true },
    );
  }
  return flags;
}

/** "a pleasant stay.It was" or "3 days.In addition": a missing space after a full stop, not a domain. */
function sentencesRunTogether(link: string): boolean {
  return /^\p{Ll}[\p{L}-]*\.\p{Lu}\p{Ll}{1,3}$/u.test(link);
}

function links(reply: CheckedText, context: PreparedContext): GuardrailFlag[] {
  const own = context.profile?.website ? hostOf(context.profile.website) : null;
  const flags: GuardrailFlag[] = [];
  if (!MAYBE_URL.test(reply.text)) return flags;
  for (const m of reply.text.matchAll(URL)) {
    const link = m[0].replace(/[.,;:!?]+$/, "");
    if (/@/.test(reply.text.slice(Math.max(0, m.index - 1), m.index))) continue; // part of an e-mail address
    const host = hostOf(link);
    if (own && (host === own || host.endsWith(`.${own}`))) continue;
    if (!/^(?:https?:|www\.)/i.test(link) && PLATFORM_NAMES.test(link)) continue;
    if (sentencesRunTogether(link)) continue;
    flags.push({ code: "link-not-in-profile", message: "Contains a link that is not the property's website (profile).", excerpt: link, blocking: true });
  }
  return flags;
}

const amountOf = (price: string) => price.match(/\d[\d.,]*/)?.[0]?.replace(/[.,]$/, "") ?? "";

function prices(reply: CheckedText, context: PreparedContext): GuardrailFlag[] {
  const stated = new Set([...context.profileText.matchAll(PRICE)].map((m) => amountOf(m[0])));
  const flags: GuardrailFlag[] = [];
  for (const m of reply.text.matchAll(PRICE)) {
    if (stated.has(amountOf(m[0]))) continue;
    flags.push({ code: "price-not-in-profile", message: "States a price or amount that the property profile does not give.", excerpt: excerptAt(reply.text, m.index, m[0].length), blocking: true });
  }
  return flags;
}

export const contactRule: Rule = (reply, context) => [...emails(reply, context), ...phones(reply, context), ...links(reply, context), ...prices(reply, context)];
