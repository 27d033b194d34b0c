import { VOICE_CHECKS, type VoiceReport } from "@/lib/voice/voice-score";
import { VOICE_CHECK_LABELS } from "./draft-labels";

const SCORE_TONE = (score: number) =>
  score >= 80 ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : score >= 60 ? "bg-amber-50 text-amber-800 ring-amber-200" : "bg-rose-50 text-rose-800 ring-rose-200";

const STATUS = {
  pass: { mark: "✓", label: "Meets the guideline", className: "text-emerald-700" },
  partial: { mark: "~", label: "Partly meets the guideline", className: "text-amber-700" },
  fail: { mark: "✕", label: "Misses the guideline", className: "text-rose-700" },
} as const;

/** "Voice 86": how on-brand the text in the editor reads. */
export function VoiceScoreBadge({ report }: { report: VoiceReport }) {
  return (
    <span
      data-testid="voice-score"
      title="How closely the reply follows the brand's voice guidelines"
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium tabular-nums ring-1 ring-inset ${SCORE_TONE(report.score)}`}
    >
      Voice {report.score}
      <span className="sr-only"> out of 100</span>
    </span>
  );
}

/** The checks behind the voice score, each with what was found. */
export function VoiceChecks({ report }: { report: VoiceReport }) {
  return (
    <ul aria-label="Voice checks" className="space-y-1.5 text-sm">
      {VOICE_CHECKS.map((name) => {
        const check = report.checks[name];
        const status = STATUS[check.status];
        return (
          <li key={name} className="grid grid-cols-[1rem_7rem_minmax(0,1fr)] gap-x-2" data-check={name} data-status={check.status}>
            <span aria-hidden className={`font-semibold ${status.className}`}>{status.mark}</span>
            <span className="font-medium text-stone-700">
              {VOICE_CHECK_LABELS[name]}
              <span className="sr-only">: {status.label}.</span>
            </span>
            <span className="break-words text-stone-600">{check.note}</span>
          </li>
        );
      })}
    </ul>
  );
}
