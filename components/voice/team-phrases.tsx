import type { LearnedPhrase } from "@/lib/voice/phrase-bank";

/** "Phrases your team uses": what staff keep writing in approved replies, which later drafts reuse. Read-only. */
export function TeamPhrases({ phrases }: { phrases: LearnedPhrase[] }) {
  return (
    <section aria-labelledby="team-phrases" className="space-y-2">
      <h2 id="team-phrases" className="text-sm font-semibold text-stone-700">Phrases your team uses</h2>
      <p className="text-xs text-stone-500">
        Learned from recently approved replies: sentences your team keeps writing and words they add to Lobby&apos;s drafts. New drafts for
        similar reviews reuse them.
      </p>
      {phrases.length === 0 ? (
        <p className="rounded-lg bg-white px-3 py-3 text-sm text-stone-500 ring-1 ring-stone-200">
          Nothing yet. Once your team has approved a few replies in their own words, the phrases they repeat show here.
        </p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-lg bg-white text-sm ring-1 ring-stone-200">
          {phrases.map((p) => (
            <li key={p.text} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 px-3 py-2">
              <q className="min-w-0 break-words text-stone-800">{p.text}</q>
              <span className="shrink-0 text-xs text-stone-500">
                {p.replies} replies · {p.kind === "added" ? "written by staff" : "kept from drafts"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
