import type { DraftPart } from "@/lib/drafting/types";
import type { VoiceReport } from "@/lib/voice/voice-score";
import { describeAnswer } from "./draft-labels";
import { findIgnoringCase } from "./highlight";
import { VoiceChecks } from "./voice-score";

/**
 * Why the draft says what it says: each part, what it answers, the guest's sentence it responds to and
 * the guideline that shaped it, and the checks behind the voice score (the score itself is shown once, over
 * the editor). Pointing at a part (mouse or keyboard) marks it in the editor.
 */
export function DraftWhy({ parts, currentText, report, active, onActive, className = "" }: {
  parts: DraftPart[];
  /** The text in the editor: parts staff have since removed are dimmed. */
  currentText: string;
  report: VoiceReport | null;
  active: number | null;
  onActive: (index: number | null) => void;
  className?: string;
}) {
  return (
    <aside aria-labelledby="why-heading" className={`space-y-4 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:p-5 ${className}`}>
      <h2 id="why-heading" className="text-sm font-semibold text-stone-900">Why this draft</h2>
      {report ? (
        <details className="group rounded-md bg-stone-50 px-3 py-2" open={report.score < 80}>
          <summary className="cursor-pointer text-xs font-medium text-stone-600 marker:text-stone-400">How on-brand the reply reads: the checks behind its voice score</summary>
          <div className="mt-2">
            <VoiceChecks report={report} />
          </div>
        </details>
      ) : null}
      {parts.length === 0 ? (
        <p className="text-sm text-stone-500">No explanation for this text: it was written by staff, or by an older version of Lobby.</p>
      ) : (
        <ol className="space-y-2" aria-label="Parts of the draft">
          {parts.map((part, i) => {
            const kept = findIgnoringCase(currentText, part.text) >= 0;
            return (
              <li
                key={i}
                tabIndex={0}
                data-answers={part.answers}
                aria-current={active === i ? "true" : undefined}
                onMouseEnter={() => onActive(i)}
                onMouseLeave={() => onActive(null)}
                onFocus={() => onActive(i)}
                onBlur={() => onActive(null)}
                className={`rounded-md px-3 py-2 text-sm outline-none ring-1 ring-inset transition-colors focus-visible:ring-2 focus-visible:ring-brand-500 ${active === i ? "bg-amber-50 ring-amber-300" : "ring-stone-200 hover:bg-stone-50"} ${kept ? "" : "opacity-60"}`}
              >
                <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">
                  {describeAnswer(part.answers)}
                  {kept ? null : <span className="ml-1 font-normal normal-case tracking-normal">· no longer in the reply</span>}
                </p>
                <p className="mt-0.5 whitespace-pre-line break-words text-stone-800">{part.text}</p>
                {part.sentence ? (
                  <p className="mt-1 break-words text-xs text-stone-600">
                    <span className="text-stone-500">Guest wrote: </span>
                    <q className="italic">{part.sentence}</q>
                  </p>
                ) : null}
                {part.guideline ? (
                  <p className="mt-0.5 break-words text-xs text-stone-500">
                    <span>Guideline: </span>
                    {part.guideline}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
