"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import type { BackfillState } from "@/lib/platforms/backfill";
import { Button } from "@/components/ui/button";

export function BackfillButton({ connectionId, name, state, backfill }: {
  connectionId: string;
  /** "Google for Casa Azulejo Lisboa": every row has this button, so its accessible name says which. */
  name: string;
  /** Where the connection's last backfill stands: running disables the button, stopped offers to start it again. */
  state: BackfillState["state"];
  backfill: (connectionId: string) => Promise<ActionResult<undefined>>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const disabled = state === "running";
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        variant="secondary"
        disabled={disabled || pending}
        aria-label={disabled ? `Backfill running: ${name}` : state === "stopped" ? `Start the backfill of ${name} again` : `Backfill all reviews from ${name}`}
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
        {/* Short on a phone, so the row's three buttons share one line; the accessible name is whole. */}
        {disabled ? "Backfill running…" : state === "stopped" ? "Start again" : <><span className="sm:hidden">Backfill</span><span className="max-sm:hidden">Backfill all reviews</span></>}
      </Button>
      {error ? <p role="alert" className="text-sm text-rose-700">{error}</p> : null}
    </div>
  );
}
