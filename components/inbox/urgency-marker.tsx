import type { Urgency, UrgencyReason } from "@/lib/reviews/analyse";
import { URGENCY_REASON_LABELS } from "@/components/review/analysis-labels";

/** A small mark on an inbox row: red for URGENT with what it is about, amber for PROMPT. */
export function UrgencyMarker({ level, reasons }: { level: Urgency["level"]; reasons: UrgencyReason["kind"][] }) {
  if (level === "ROUTINE") return null;
  const about = reasons.filter((k) => k !== "unhappy-guest").map((k) => URGENCY_REASON_LABELS[k]);
  const urgent = level === "URGENT";
  return (
    <span
      data-testid="urgency"
      className={`inline-flex max-w-full items-center gap-1 truncate rounded px-1.5 py-px text-[11px] font-semibold uppercase tracking-wide ring-1 ring-inset ${urgent ? "bg-rose-50 text-rose-800 ring-rose-200" : "bg-amber-50 text-amber-800 ring-amber-200"}`}
    >
      <span aria-hidden className={`size-1.5 shrink-0 rounded-full ${urgent ? "bg-rose-600" : "bg-amber-500"}`} />
      {urgent ? "Urgent" : "Prompt"}
      {about.length > 0 ? <span className="truncate font-medium normal-case tracking-normal">· {about.slice(0, 2).join(", ")}</span> : null}
    </span>
  );
}
