import { LiveRefresh } from "@/components/review/live-refresh";

/** Step 4: the import running in the workers; the page re-reads itself until it is done. */
export function ImportProgress({ processed, total, queued }: { processed: number; total: number; queued: boolean }) {
  const percent = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 0;
  return (
    <section aria-labelledby="progress-heading" className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:p-5">
      <LiveRefresh active everyMs={1000} />
      <h2 id="progress-heading" className="text-base font-semibold">{queued ? "Waiting for a worker…" : "Importing…"}</h2>
      <div
        role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={processed}
        className="h-2.5 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-stone-600" role="status">{processed.toLocaleString("en")} of {total.toLocaleString("en")} rows ({percent}%)</p>
      <p className="text-xs text-stone-500">You can leave this page; the import goes on, and new reviews get their drafts as they arrive.</p>
    </section>
  );
}
