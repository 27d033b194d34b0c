// English has one "you"; informal brands get contractions and a lighter greeting (from the bank).

const CONTRACTIONS: [RegExp, string][] = [
  [/\bI am\b/g, "I'm"],
  [/\b([Ww]e|[Yy]ou|[Tt]hey) are\b/g, "$1're"],
  [/\b([Ii]t|[Tt]hat|[Tt]here|[Ww]hat) is\b(?! (?:so|why|how)\b)/g, "$1's"],
  [/\b(I|[Ww]e|[Yy]ou) (have) (been|shared|passed|asked|reported|discussed|raised|read|noted|made)\b/g, "$1've $3"],
  [/\b(I|[Ww]e|[Yy]ou|[Tt]hey) will\b/g, "$1'll"],
  [/\b([Dd]o|[Dd]id|[Ii]s|[Ww]as|[Ww]ere|[Cc]ould|[Ww]ould|[Ss]hould|[Hh]as|[Hh]ave) not\b/g, "$1n't"],
  [/\bcannot\b/g, "can't"],
  [/\bCannot\b/g, "Can't"],
];

export function toInformalEn(text: string): string {
  return CONTRACTIONS.reduce((t, [from, to]) => t.replace(from, to), text);
}
