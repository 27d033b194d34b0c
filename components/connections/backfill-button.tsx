"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";

export function BackfillButton({ connectionId, disabled, backfill }: {
  connectionId: string;
  disabled: boolean;
  backfill: (connectionId: string) => Promise<ActionResult<undefined>>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        variant="secondary"
        disabled={disabled || pending}
        onClick={() =>
          start(async () => {
            const result = await backfill(connectionId);
            if (result.ok) {
              setError(null);
              router.refresh();
            } else setError(result.error);
          })
        }
      >
        {disabled ? "Backfill running…" : "Backfill all reviews"}
      </Button>
      {error ? <p role="alert" className="text-sm text-rose-700">{error}</p> : null}
    </div>
  );
}
