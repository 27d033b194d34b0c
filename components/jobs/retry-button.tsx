"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";

export function RetryButton({ org, jobKey, label, disabledReason, retry }: {
  org: string;
  jobKey: string;
  /** Names what is retried, for screen readers: "Retry reading reviews for Google · Casa Azulejo Lisboa". */
  label: string;
  disabledReason: string | null;
  retry: (input: { org: string; key: string }) => Promise<ActionResult<undefined>>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        variant="secondary"
        aria-label={label}
        disabled={pending || disabledReason !== null}
        title={disabledReason ?? undefined}
        onClick={() =>
          start(async () => {
            const result = await retry({ org, key: jobKey });
            if (result.ok) {
              setError(null);
              router.refresh();
            } else setError(result.error);
          })
        }
      >
        {pending ? "Queuing…" : "Retry"}
      </Button>
      {error ? <p role="alert" className="text-sm text-rose-700">{error}</p> : null}
    </div>
  );
}
