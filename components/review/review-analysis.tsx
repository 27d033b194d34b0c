import type { ReviewAnalysis, Urgency } from "@/lib/reviews/analyse";
import { AspectChips } from "./aspect-chips";
import { ASPECT_LABELS, STAY_LABELS, URGENCY_REASON_LABELS } from "./analysis-labels";
import { LANGUAGE_NAMES } from "./labels";

/** Above the review when a manager should act: what was found and the sentence it was found in. */
export function UrgencyBanner({ urgency }: { urgency: Urgency }) {
  if (urgency.level === "ROUTINE") return null;
  const urgent = urgency.level === "URGENT";
  const findings = urgency.reasons.filter((r) => r.kind !== "unhappy-guest");
  const title = urgent
    ? `Urgent: ${findings.map((r) => URGENCY_REASON_LABELS[r.kind].toLowerCase()).join(", ")}`
    : findings.length > 0
      ? `Worth a prompt look: ${findings.map((r) => URGENCY_REASON_LABELS[r.kind].toLowerCase()).join(", ")}`
      : "Reply promptly: an unhappy guest";
  return (
    <section
      aria-label="Urgency"
      data-level={urgency.level}
      className={`rounded-lg p-3 ring-1 sm:p-4 ${urgent ? "bg-rose-50 ring-rose-200" : "bg-amber-50 ring-amber-200"}`}
    >
      <p className={`flex items-center gap-2 text-sm font-semibold ${urgent ? "text-rose-900" : "text-amber-900"}`}>
        <span aria-hidden className={`size-2 shrink-0 rounded-full ${urgent ? "bg-rose-600" : "bg-amber-500"}`} />
        {title}
      </p>
      <ul className="mt-2 space-y-1.5 text-sm">
        {urgency.reasons.map((reason) => (
          <li key={reason.kind} className="grid gap-x-2 sm:grid-cols-[8rem_1fr]">
            <span className={`font-medium ${urgent ? "text-rose-800" : "text-amber-800"}`}>{URGENCY_REASON_LABELS[reason.kind]}</span>
            {reason.sentence ? (
              <q className="min-w-0 break-words italic text-stone-700">{reason.sentence}</q>
            ) : (
              <span className="text-stone-600">A low rating, without text.</span>
            )}
          </li>
        ))}
      </ul>
      {urgent ? (
        <p className="mt-2 text-xs text-rose-800">Look into it with the team before the reply goes out.</p>
      ) : null}
    </section>
  );
}

const SENTIMENT_LABELS: Record<ReviewAnalysis["sentiment"], string> = { positive: "Positive", mixed: "Mixed", negative: "Negative" };

/** "What the guest raised": aspects with their sentences, questions, staff named and the kind of stay. */
export function ReviewAnalysisPanel({ analysis }: { analysis: ReviewAnalysis | null }) {
  if (!analysis) {
    return (
      <section aria-label="What the guest raised" className="rounded-lg bg-white p-4 text-sm text-stone-500 ring-1 ring-stone-200 sm:p-5">
        Lobby has not analysed this review yet; it will within a minute.
      </section>
    );
  }
  const chips = analysis.aspects.map((a) => ({ key: `${a.aspect}:${a.polarity}`, label: ASPECT_LABELS[a.aspect], polarity: a.polarity, sentence: a.sentence, mentions: a.mentions }));
  const nothing = chips.length === 0 && analysis.questions.length === 0 && analysis.staff.length === 0;
  return (
    <section aria-label="What the guest raised" className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:p-5">
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h2 className="text-sm font-semibold text-stone-900">What the guest raised</h2>
        <p className="text-xs text-stone-500">
          {SENTIMENT_LABELS[analysis.sentiment]}
          {analysis.language ? ` · ${LANGUAGE_NAMES[analysis.language] ?? analysis.language}` : ""}
        </p>
      </header>
      {analysis.stayContext.length > 0 ? (
        <ul aria-label="Kind of stay" className="flex flex-wrap gap-1.5">
          {analysis.stayEvidence.map((e) => (
            <li key={e.context} title={e.sentence} className="rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-700">
              {STAY_LABELS[e.context]}
            </li>
          ))}
        </ul>
      ) : null}
      {nothing ? <p className="text-sm text-stone-500">Nothing specific: no aspect, question or staff member named.</p> : null}
      {chips.length > 0 ? <AspectChips chips={chips} /> : null}
      {analysis.questions.length > 0 ? (
        <div>
          <h3 className="text-xs font-medium uppercase tracking-wide text-stone-500">Questions to answer</h3>
          <ul className="mt-1 space-y-1 text-sm text-stone-700">
            {analysis.questions.map((q) => (
              <li key={q.text} className="flex gap-2">
                <span aria-hidden className="text-stone-400">?</span>
                <span className="min-w-0 break-words">
                  <q>{q.text}</q>
                  {q.topic ? <span className="ml-1.5 text-xs text-stone-500">({ASPECT_LABELS[q.topic]})</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {analysis.staff.length > 0 ? (
        <div>
          <h3 className="text-xs font-medium uppercase tracking-wide text-stone-500">Staff named</h3>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {analysis.staff.map((s) => (
              <li key={s.name} title={s.sentence}>
                <span className="font-medium text-stone-800">{s.name}</span>{" "}
                <span className={`text-xs ${s.polarity === "positive" ? "text-emerald-700" : s.polarity === "negative" ? "text-rose-700" : "text-stone-500"}`}>
                  {s.polarity === "positive" ? "praised" : s.polarity === "negative" ? "criticised" : "mentioned"}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
