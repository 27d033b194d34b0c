// Checks any drafted reply must pass, whichever provider wrote it: a public reply never carries contact
// details, links, prices or promises of compensation, and a glowing review is not answered with an apology.

export type GuardrailIssue = "digits" | "email" | "url" | "markup" | "compensation";

const COMPENSATION =
  /refund|reimburs|compensat|voucher|discount|free night|complimentary|upgrade|gratis|gratuit|kostenlos|erstatt|gutschein|rabatt|entschädig|rembours|dédommag|réduction|surclass|reembols|compensaci|descuento|rimbors|risarciment|sconto|omaggio|compensação|desconto|terugbetal|restitutie|compensatie|korting|tegoedbon/i;

/** What is wrong with a draft; `allowed` holds the hotel's own strings (its name may contain digits). */
export function guardrailIssues(text: string, allowed: string[] = []): GuardrailIssue[] {
  const checked = allowed.filter(Boolean).reduce((t, s) => t.split(s).join(" "), text);
  const issues: GuardrailIssue[] = [];
  if (/\d/.test(checked)) issues.push("digits");
  if (/[\w.+-]+@[\w-]+\.\w/.test(checked)) issues.push("email");
  if (/https?:|www\.|\.(com|net|org|de|fr|es|it|nl|pt)\b/i.test(checked)) issues.push("url");
  if (/[<>{}[\]]/.test(checked)) issues.push("markup");
  if (COMPENSATION.test(checked)) issues.push("compensation");
  return issues;
}

/** Words that apologise, per language; a reply to a 5-star review should contain none of them. */
export const APOLOGY_CUES: Record<string, RegExp> = {
  en: /\bsorry\b|apolog|regret/i,
  de: /\bleid\b|entschuldig|bedauer/i,
  fr: /désolé|excuse|regrett/i,
  es: /lament|sentimos|siento|disculpa/i,
  it: /dispiac|scus/i,
  pt: /lament|desculpa/i,
  nl: /spijt|excuses/i,
};

export function apologises(text: string, language: string): boolean {
  return (APOLOGY_CUES[language] ?? APOLOGY_CUES.en)?.test(text) ?? false;
}
