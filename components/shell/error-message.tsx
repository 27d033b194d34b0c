"use client";

import { Button } from "@/components/ui/button";

/** What a page that failed to load says: nothing technical, and a way to try again. */
export function ErrorMessage({ reset, detail = "Something went wrong on our side. Your work is saved; try again in a moment." }: { reset: () => void; detail?: string }) {
  return (
    <div role="alert" className="mx-auto max-w-md rounded-lg bg-white p-6 text-center ring-1 ring-stone-200">
      <p className="font-medium">This page could not be loaded.</p>
      <p className="mt-1 text-sm text-stone-500">{detail}</p>
      <Button className="mt-4" onClick={reset}>Try again</Button>
    </div>
  );
}
