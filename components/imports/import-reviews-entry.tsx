import Link from "next/link";

/** On the connections page: channels without an API get their reviews from a file, per property. */
export function ImportReviewsEntry({ org, properties }: { org: string; properties: { id: string; name: string; city: string }[] }) {
  return (
    <section aria-labelledby="import-heading" className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="import-heading" className="text-base font-semibold">Reviews from other channels</h2>
        <Link href={`/${org}/imports`} className="text-sm font-medium text-brand-700 hover:underline">Past imports</Link>
      </div>
      <p className="text-sm text-stone-500">Tripadvisor history, Yelp, Facebook or any site without an API: import a CSV or Excel file, then reply with Lobby&apos;s drafts and post by hand.</p>
      <ul className="divide-y divide-stone-200 rounded-lg bg-white ring-1 ring-stone-200">
        {properties.map((p) => (
          <li key={p.id} className="flex items-center justify-between gap-3 px-4 py-2.5">
            <span className="min-w-0 truncate text-sm"><span className="font-medium">{p.name}</span> <span className="text-stone-500">· {p.city}</span></span>
            <Link
              href={`/${org}/imports?property=${p.id}`}
              aria-label={`Import reviews for ${p.name}`}
              className="shrink-0 rounded-md px-3 py-1.5 text-sm font-medium text-stone-800 ring-1 ring-inset ring-stone-300 hover:bg-stone-50"
            >
              Import reviews
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
