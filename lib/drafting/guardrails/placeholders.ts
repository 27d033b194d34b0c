import type { GuardrailFlag } from "../types";
import { excerptAt, type Rule } from "./shared";

// Text a writer or a template meant to replace before sending: "[Name]", "{guest}", "<hotel>", "XXX",
// "TODO", "Lorem ipsum", and markup (HTML tags, markdown links) that platforms would print verbatim.

const PLACEHOLDERS: { pattern: RegExp; what: string }[] = [
  { pattern: /\[[^\]\n]{0,60}\](?:\([^)\n]*\))?/g, what: "a bracketed placeholder or markdown link" },
  { pattern: /\{\{?[^}\n]{0,60}\}?\}/g, what: "a template placeholder" },
  { pattern: /<\/?[a-zA-Z][^<>\n]{0,80}>|<<[^<>\n]{1,40}>>/g, what: "markup or an angle-bracket placeholder" },
  { pattern: /(?<![\p{L}\p{N}])X{2,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])x{3,}(?![\p{L}\p{N}])/gu, what: "XXX" },
  { pattern: /(?<![\p{L}])(?:TODO|FIXME|TBD)(?=\s*[:!-]|\s*$)|(?<![\p{L}])(?:FIXME|TBD)(?![\p{L}])/gmu, what: "a to-do marker" },
  { pattern: /lorem ipsum/gi, what: "filler text" },
  { pattern: /(?<![\p{L}])(?:INSERT|ADD|YOUR) (?:NAME|HOTEL|TEXT|GUEST|DATE)\b|%s\b|\$\{[^}]*\}|_{4,}/gu, what: "a placeholder" },
];

export const placeholderRule: Rule = (reply) => {
  const flags: GuardrailFlag[] = [];
  for (const { pattern, what } of PLACEHOLDERS) {
    for (const m of reply.text.matchAll(pattern)) {
      flags.push({
        code: "placeholder",
        message: `Contains ${what}; replace it with the real words before publishing.`,
        excerpt: excerptAt(reply.text, m.index, m[0].length),
        blocking: true,
      });
    }
  }
  return flags;
};
