import type { ImportPreview } from "@/lib/reviews/import/preview";
import { Stars } from "@/components/review/stars";
import { formatDate } from "@/components/review/labels";

/** The first rows as Lobby will store them; a row that will not be imported says why, in red. */
export function PreviewRows({ rows, timeZone }: { rows: ImportPreview["rows"]; timeZone: string }) {
  return (
    <ol aria-label="Preview of the first rows" className="divide-y divide-stone-200 rounded-lg bg-white text-sm ring-1 ring-stone-200">
      <li aria-hidden className="hidden grid-cols-[3.5rem_7rem_10rem_7rem_1fr] gap-3 px-3 py-2 text-xs font-medium text-stone-500 md:grid">
        <span>Row</span><span>Date</span><span>Guest</span><span>Rating</span><span>Review</span>
      </li>
      {rows.map((row) => (
        <li
          key={row.rowNumber}
          data-testid="preview-row"
          data-problem={row.problems.length > 0 ? "true" : undefined}
          className={`flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 md:grid md:grid-cols-[3.5rem_7rem_10rem_7rem_1fr] md:items-start ${row.problems.length ? "bg-rose-50/70" : ""}`}
        >
          <span className="text-xs tabular-nums text-stone-500 md:text-sm">Row {row.rowNumber}</span>
          {row.review ? (
            <>
              <span className="text-stone-700">{formatDate(new Date(row.review.publishedAt), timeZone)}</span>
              <span className="truncate font-medium text-stone-900">{row.review.authorName}</span>
              <span className="flex h-5 items-center gap-1.5">
                <Stars rating={row.review.stars} />
                {row.review.platformScale !== 5 && row.review.platformRating !== null ? <span className="text-xs text-stone-500">{row.review.platformRating}/{row.review.platformScale}</span> : null}
              </span>
              <span className="min-w-0 basis-full text-stone-600 md:basis-auto">
                {row.review.title ? <span className="font-medium text-stone-800">{row.review.title} — </span> : null}
                <span className="line-clamp-2 inline">{row.review.text ?? <em className="text-stone-400">No text</em>}</span>
                {row.review.hasReply ? <span className="ml-1 text-xs text-stone-500">(already answered)</span> : null}
              </span>
            </>
          ) : (
            <ul className="basis-full space-y-0.5 text-rose-800 md:col-span-4">
              {row.problems.map((p, i) => (
                <li key={i}>
                  {p.problem}
                  {p.value ? <> — <code className="break-all rounded bg-white/70 px-1 text-xs">{p.value}</code></> : null}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
