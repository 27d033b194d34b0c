import Link from "next/link";

type Totals = { createdReviews: number; updatedReviews: number; unchangedReviews: number; failedRows: number; totalRows: number };
type RowError = { rowNumber: number; column: string; problem: string; value: string };

const SHOWN_ERRORS = 200;

/** Step 5: what the import did, and exactly which rows it could not take and why. */
export function ImportResult({ org, importId, propertyId, totals, errors }: { org: string; importId: string; propertyId: string; totals: Totals; errors: RowError[] }) {
  const figures = [
    { label: "New reviews", value: totals.createdReviews, testId: "created" },
    { label: "Already in Lobby", value: totals.unchangedReviews, testId: "unchanged" },
    { label: "Updated", value: totals.updatedReviews, testId: "updated" },
    { label: "Rows with problems", value: totals.failedRows, testId: "failed" },
  ];
  return (
    <div className="space-y-4">
      <section aria-labelledby="result-heading" className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:p-5">
        <h2 id="result-heading" className="text-base font-semibold">Import finished</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {figures.map((f) => (
            <div key={f.label} className="rounded-md bg-stone-50 px-3 py-2">
              <dt className="text-xs text-stone-500">{f.label}</dt>
              <dd className={`text-lg font-semibold tabular-nums ${f.testId === "failed" && f.value > 0 ? "text-rose-700" : "text-stone-900"}`} data-testid={`import-${f.testId}`}>{f.value.toLocaleString("en")}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-stone-600">
          New reviews are in the inbox with a draft reply on the way. Replies to these channels are posted by hand: approve, copy, open the site, then mark as posted.
        </p>
        <Link href={`/${org}/reviews?property=${propertyId}`} className="inline-flex rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">Open the inbox</Link>
      </section>

      {errors.length > 0 ? (
        <section aria-labelledby="errors-heading" className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="errors-heading" className="text-base font-semibold">Rows not imported</h2>
            <a href={`/${org}/imports/${importId}/errors`} download className="text-sm font-medium text-brand-700 hover:underline">Download the error report (CSV)</a>
          </div>
          <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-stone-200">
            <table className="w-full text-left text-sm" aria-label="Rows not imported">
              <thead className="text-xs text-stone-500">
                <tr><th scope="col" className="px-3 py-2 font-medium">Row</th><th scope="col" className="px-3 py-2 font-medium">Column</th><th scope="col" className="px-3 py-2 font-medium">Problem</th><th scope="col" className="px-3 py-2 font-medium">Value in the file</th></tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                  <tr key={i} className="align-top">
                    <td className="px-3 py-2 tabular-nums">{e.rowNumber}</td>
                    <td className="px-3 py-2 text-stone-700">{e.column}</td>
                    <td className="px-3 py-2 text-rose-800">{e.problem}</td>
                    <td className="max-w-[16rem] break-words px-3 py-2"><code className="text-xs text-stone-700">{e.value}</code></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {errors.length > SHOWN_ERRORS ? <p className="text-xs text-stone-500">Showing the first {SHOWN_ERRORS} of {errors.length}; the download has them all.</p> : null}
        </section>
      ) : (
        <p className="rounded-lg bg-white px-4 py-6 text-center text-sm text-stone-500 ring-1 ring-stone-200">Every row was imported.</p>
      )}
    </div>
  );
}
