// Where to mark words in the editor's text: the excerpts guardrails flagged, and the part of the draft
// the "why" panel points at. Matching ignores case; a flag's mark wins over a part's where they overlap.

export type HighlightKind = "flag" | "part";
export type Segment = { text: string; kind: HighlightKind | null };

const RANK: Record<HighlightKind, number> = { part: 1, flag: 2 };

export function highlightSegments(text: string, marks: { text: string; kind: HighlightKind }[]): Segment[] {
  const kinds: (HighlightKind | null)[] = new Array(text.length).fill(null);
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  for (const mark of marks) {
    const needle = (sameLength ? mark.text.toLowerCase() : mark.text).trim();
    if (needle.length < 2) continue;
    const haystack = sameLength ? lower : text;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      for (let i = at; i < at + needle.length; i++) {
        const current = kinds[i];
        if (!current || RANK[mark.kind] > RANK[current]) kinds[i] = mark.kind;
      }
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.kind === kinds[i]) last.text += text[i];
    else segments.push({ text: text[i]!, kind: kinds[i] ?? null });
  }
  return segments;
}

/** Where `needle` starts in `text`, ignoring case; -1 when absent. */
export function findIgnoringCase(text: string, needle: string): number {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower.indexOf(needle.toLowerCase().trim()) : text.indexOf(needle.trim());
}
