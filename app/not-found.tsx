import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-sm font-medium text-brand-600">404</p>
      <h1 className="mt-1 text-xl font-semibold">We could not find that page</h1>
      <p className="mt-2 text-sm text-stone-500">It may have moved, or you may not have access to it.</p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 hover:underline">Back to your inbox</Link>
    </main>
  );
}
