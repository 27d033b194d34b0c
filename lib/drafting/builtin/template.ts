import type { Picker } from "./random";

// Phrase templates: "[Thank you so much|Many thanks] for {noun}." Square brackets hold alternatives
// (one is chosen by the seeded picker, an empty one is allowed), braces hold named values.

const ALTERNATIVES = /\[([^\[\]]*)\]/g;
const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export function expandAlternatives(template: string, picker: Picker): string {
  return template.replace(ALTERNATIVES, (_, body: string) => {
    const options = body.split("|");
    return options[picker.index(options.length)] ?? "";
  });
}

const wordings = new Map<string, number>();

/** How many wordings a template can produce (templates are few and fixed: remembered). */
export function countWordings(template: string): number {
  let n = wordings.get(template);
  if (n === undefined) {
    n = 1;
    for (const m of template.matchAll(ALTERNATIVES)) n *= (m[1] ?? "").split("|").length;
    wordings.set(template, n);
  }
  return n;
}

/** Every alternative spelled out; used by tests to check the banks. */
export function allExpansions(template: string, limit = 200): string[] {
  const groups = [...template.matchAll(ALTERNATIVES)];
  let results = [template];
  for (const g of groups) {
    const options = (g[1] ?? "").split("|");
    results = results.flatMap((r) => options.map((o) => r.replace(g[0], o))).slice(0, limit);
  }
  return results;
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}

export function fillPlaceholders(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole);
}

export function capitalize(text: string): string {
  const i = text.search(/\p{L}/u);
  if (i < 0) return text;
  return text.slice(0, i) + text.charAt(i).toLocaleUpperCase() + text.slice(i + 1);
}

export function lowercaseFirst(text: string): string {
  const i = text.search(/\p{L}/u);
  if (i < 0) return text;
  return text.slice(0, i) + text.charAt(i).toLocaleLowerCase() + text.slice(i + 1);
}

/** Tidies spacing left by empty alternatives: "stay ." -> "stay.", double spaces. */
export function tidy(text: string): string {
  return text.replace(/ {2,}/g, " ").replace(/\s+([.,])/g, "$1").trim();
}
