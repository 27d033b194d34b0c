import Link from "next/link";
import type { DeadLetter } from "@/lib/jobs/dead-letters";
import type { ActionResult } from "@/lib/errors";
import { formatDateTime } from "@/components/review/labels";
import { RetryButton } from "./retry-button";

/** Jobs that used up their attempts, one row per thing that failed. */
export function FailedJobList({ org, letters, canRetry, retry }: {
  org: string;
  letters: DeadLetter[];
  canRetry: boolean;
  retry: (input: { org: string; key: string }) => Promise<ActionResult<undefined>>;
}) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg bg-white ring-1 ring-stone-200" aria-label="Failed jobs">
      {letters.map((l) => (
        <li key={l.key} className="grid gap-2 px-4 py-3 sm:grid-cols-[1fr_auto] sm:items-center">
          <div className="min-w-0 space-y-1">
            <p className="font-medium">
              {l.what} <span className="font-normal text-stone-500">· {l.subject}</span>
            </p>
            <p className="text-xs text-stone-500">
              Failed {formatDateTime(l.failedAt)} after {l.attemptsMade} of {l.maxAttempts} attempts
              {l.failures > 1 ? ` · failed ${l.failures} times` : ""}
              {l.reviewId ? (
                <>
                  {" · "}
                  <Link href={`/${org}/reviews/${l.reviewId}`} className="font-medium text-brand-700 hover:underline">Open the review</Link>
                </>
              ) : null}
              {l.importId && !l.uploadAgain ? (
                <>
                  {" · "}
                  <Link href={`/${org}/imports/${l.importId}`} className="font-medium text-brand-700 hover:underline">Open the import</Link>
                </>
              ) : null}
            </p>
            <p className="break-words text-sm text-rose-800">{l.reason}</p>
            {l.blocked ? <p className="text-xs text-stone-500">{l.blocked}</p> : null}
          </div>
          {l.uploadAgain && l.importId ? (
            // A failed import no longer holds its file: it is retried by uploading the file again from its page.
            <Link href={`/${org}/imports/${l.importId}`} aria-label={`Open the import ${l.subject} to upload the file again`} className="inline-flex items-center justify-center justify-self-start rounded-md bg-white px-3.5 py-2 text-sm font-medium text-stone-800 ring-1 ring-inset ring-stone-300 hover:bg-stone-50 sm:justify-self-end">
              Upload again
            </Link>
          ) : canRetry ? <RetryButton org={org} jobKey={l.key} label={`Retry ${l.what.toLowerCase()} for ${l.subject}`} disabledReason={l.blocked} retry={retry} /> : null}
        </li>
      ))}
    </ul>
  );
}
