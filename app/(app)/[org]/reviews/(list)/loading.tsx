// In its own route group so the streaming loading state covers only the list: the review page must be
// able to answer a real 404 status before anything is sent.
export default function Loading() {
  return (
    <div className="space-y-3" aria-busy="true" aria-label="Loading">
      <div className="h-7 w-32 animate-pulse rounded bg-stone-200" />
      <div className="h-9 w-full animate-pulse rounded bg-stone-200" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-16 w-full animate-pulse rounded-lg bg-white ring-1 ring-stone-200" />
      ))}
    </div>
  );
}
