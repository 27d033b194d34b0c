import type { Platform } from "@/lib/generated/prisma/enums";
import { Stars } from "./stars";
import { sourceName } from "@/lib/platforms/names";
import { formatDate, LANGUAGE_NAMES } from "./labels";

export function ReviewCard({ review, timeZone }: {
  review: {
    platform: Platform; connection: { externalLocationId: string }; authorName: string; rating: number | null; platformRating: number | null; platformScale: number;
    title: string | null; text: string | null; language: string | null; publishedAt: Date; existingReplyText: string | null;
    deletedAt: Date | null;
    revisions: { id: string; rating: number | null; title: string | null; text: string | null; platformUpdatedAt: Date }[];
  };
  timeZone: string;
}) {
  return (
    <article className="rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:p-5" aria-label={`Review by ${review.authorName}`}>
      {review.deletedAt ? (
        <p role="note" className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {sourceName(review)} no longer shows this review (noticed {formatDate(review.deletedAt, timeZone)}). It is kept here for your records.
        </p>
      ) : null}
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <p className="font-medium text-stone-900">{review.authorName}</p>
        <Stars rating={review.rating} />
        {review.platformScale !== 5 && review.platformRating !== null ? (
          <span className="text-xs text-stone-500">{review.platformRating} / {review.platformScale}</span>
        ) : null}
      </header>
      <p className="mt-1 text-xs text-stone-500">
        {sourceName(review)} · {formatDate(review.publishedAt, timeZone)}
        {review.language ? ` · ${LANGUAGE_NAMES[review.language] ?? review.language}` : ""}
      </p>
      {review.title ? <h2 className="mt-3 font-medium">{review.title}</h2> : null}
      {review.text ? (
        <p className="mt-2 whitespace-pre-line text-sm leading-relaxed text-stone-700">{review.text}</p>
      ) : (
        <p className="mt-3 text-sm italic text-stone-400">The guest left a rating without text.</p>
      )}
      {review.revisions.length > 0 ? (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer text-stone-600">The guest edited this review ({review.revisions.length} earlier version{review.revisions.length === 1 ? "" : "s"})</summary>
          <ol className="mt-2 space-y-3 border-l-2 border-stone-200 pl-3">
            {review.revisions.map((r) => (
              <li key={r.id}>
                <p className="text-xs text-stone-500">Until {formatDate(r.platformUpdatedAt, timeZone)} · {r.rating ?? "no"} stars</p>
                {r.title ? <p className="font-medium text-stone-700">{r.title}</p> : null}
                <p className="whitespace-pre-line text-stone-600">{r.text ?? "No text"}</p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {review.existingReplyText ? (
        <div className="mt-4 border-l-2 border-stone-300 pl-3">
          <p className="text-xs font-medium text-stone-500">Reply already on the platform</p>
          <p className="mt-1 whitespace-pre-line text-sm text-stone-700">{review.existingReplyText}</p>
        </div>
      ) : null}
    </article>
  );
}
