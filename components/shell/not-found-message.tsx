import Link from "next/link";

/** What a missing or forbidden page says, inside the dashboard or outside it. */
export function NotFoundMessage({ href = "/" }: { href?: string }) {
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center sm:py-24">
      <p className="text-sm font-medium text-brand-600">404</p>
      <h1 className="mt-1 text-xl font-semibold">We could not find that page</h1>
      <p className="mt-2 text-sm text-stone-500">It may have moved, or you may not have access to it.</p>
      <Link href={href} className="mt-6 inline-block rounded-md px-3.5 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-stone-300 hover:bg-stone-50">Back to your inbox</Link>
    </div>
  );
}
