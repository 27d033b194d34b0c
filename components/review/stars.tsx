export function Stars({ rating }: { rating: number | null }) {
  if (rating === null) return <span className="text-xs text-stone-400">No rating</span>;
  return (
    <span className="inline-flex items-center gap-0.5" role="img" aria-label={`${rating} out of 5 stars`}>
      {[1, 2, 3, 4, 5].map((i) => (
        <svg key={i} viewBox="0 0 20 20" aria-hidden className={`h-3.5 w-3.5 ${i <= rating ? (rating <= 2 ? "fill-rose-500" : "fill-amber-400") : "fill-stone-200"}`}>
          <path d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.8l-5.2 2.8 1-5.8L1.5 7.7l5.9-.9z" />
        </svg>
      ))}
    </span>
  );
}
