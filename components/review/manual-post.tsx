"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";

/** For platforms without a reply API: copy the approved reply, post it on the site, then say so. */
export function ManualPost({ reviewId, text, platformName, platformUrl, canMark, markPosted }: {
  reviewId: string;
  text: string;
  platformName: string;
  platformUrl: string | null;
  canMark: boolean;
  markPosted: (reviewId: string) => Promise<ActionResult<undefined>>;
}) {
  const router = useRouter();
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-3">
      <h2 className="text-sm font-medium text-stone-700">Approved reply</h2>
      <p className="whitespace-pre-line rounded-md bg-stone-50 p-3 text-sm leading-relaxed text-stone-800">{text}</p>
      <p className="text-sm text-stone-600">
        {platformName} has no reply API: copy the reply, post it on {platformName}, then mark it as posted here.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(text).then(() => setCopied(true), () => setError("Copying was blocked by the browser; select the text instead."));
          }}
        >
          {copied ? "Copied" : "Copy reply"}
        </Button>
        {platformUrl ? (
          <a href={platformUrl} target="_blank" rel="noopener noreferrer" className="inline-flex items-center rounded-md px-3.5 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-stone-300 hover:bg-stone-50">
            Open on {platformName} ↗
          </a>
        ) : null}
        {canMark ? (
          <Button
            disabled={pending}
            onClick={() =>
              start(async () => {
                const result = await markPosted(reviewId);
                if (result.ok) router.refresh();
                else setError(result.error);
              })
            }
          >
            Mark as posted
          </Button>
        ) : null}
      </div>
      {error ? <p role="alert" className="text-sm text-rose-700">{error}</p> : null}
    </div>
  );
}
