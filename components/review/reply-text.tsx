"use client";

import { useRef, type Ref } from "react";
import { highlightSegments, type HighlightKind } from "./highlight";

const MARK_CLASS: Record<HighlightKind, string> = { flag: "bg-rose-200/80", part: "bg-amber-200/80" };

// Shared by the textarea and the layer of marks behind it, so both wrap the text at the same places.
const TEXT_BOX = "px-3 py-2 text-sm leading-relaxed whitespace-pre-wrap break-words [scrollbar-gutter:stable]";

/**
 * The reply's textarea with marks behind the text: flagged words in red, the part the "why" panel points
 * at in amber. The marks sit in a layer under a transparent textarea, scrolled with it.
 */
export function ReplyText({ text, onChange, marks, readOnly, textareaRef, describedBy }: {
  text: string;
  onChange: (text: string) => void;
  marks: { text: string; kind: HighlightKind }[];
  readOnly: boolean;
  textareaRef: Ref<HTMLTextAreaElement>;
  describedBy: string;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const segments = highlightSegments(text, marks);
  return (
    <div className={`relative rounded-md ${readOnly ? "bg-stone-50" : "bg-white"}`}>
      <div ref={layer} aria-hidden className={`pointer-events-none absolute inset-0 overflow-hidden text-transparent ${TEXT_BOX}`}>
        {segments.map((s, i) =>
          s.kind ? (
            <mark key={i} data-mark={s.kind} className={`rounded-sm text-transparent ${MARK_CLASS[s.kind]}`}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
        {/* A trailing newline in a textarea still takes a line; the layer needs one more to match. */}
        {"\n"}
      </div>
      <textarea
        id="reply-text"
        ref={textareaRef}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (layer.current) layer.current.scrollTop = e.currentTarget.scrollTop;
        }}
        readOnly={readOnly}
        rows={10}
        aria-describedby={describedBy}
        spellCheck
        className={`relative block max-h-[70vh] min-h-56 w-full resize-y rounded-md border-0 bg-transparent text-stone-900 ring-1 ring-inset ring-stone-300 field-sizing-content focus:ring-2 focus:ring-brand-500 ${TEXT_BOX}`}
      />
    </div>
  );
}
