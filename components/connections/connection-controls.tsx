"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ConnectionStatus } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

type Action = (connectionId: string) => Promise<ActionResult<undefined>>;
export type ConnectionLifecycle = { pause: Action; resume: Action; disconnect: Action };

/** Pause / Resume, and Disconnect behind a confirmation that says what stays and what goes. */
export function ConnectionControls({ connection, actions }: {
  connection: { id: string; status: ConnectionStatus; platformName: string; propertyName: string; reviews: number };
  actions: ConnectionLifecycle;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (connection.status === "DISCONNECTED") return null;

  const run = (action: Action, after?: () => void) =>
    start(async () => {
      const result = await action(connection.id);
      if (result.ok) {
        setError(null);
        after?.();
        router.refresh();
      } else setError(result.error);
    });
  const paused = connection.status === "PAUSED";
  const name = `${connection.platformName} for ${connection.propertyName}`;

  return (
    <>
      {/* Tighter on a phone, so Backfill, Pause and Disconnect share one line. */}
      <div className="flex items-center gap-1.5 sm:gap-2">
        <Button variant="secondary" disabled={pending} onClick={() => run(paused ? actions.resume : actions.pause)} aria-label={`${paused ? "Resume" : "Pause"} ${name}`}>
          {paused ? "Resume" : "Pause"}
        </Button>
        <Button variant="ghost" className="max-sm:px-2.5" disabled={pending} onClick={() => setConfirming(true)} aria-label={`Disconnect ${name}`}>
          Disconnect
        </Button>
      </div>
      {error && !confirming ? <p role="alert" className="text-sm text-rose-700">{error}</p> : null}
      <Dialog open={confirming} onClose={() => setConfirming(false)} title={`Disconnect ${connection.platformName}?`}>
        <div className="space-y-3 text-sm text-stone-700">
          <p>
            Lobby stops reading reviews from {connection.platformName} for {connection.propertyName} and stops publishing replies there. The stored credentials are erased.
          </p>
          <p>
            {connection.reviews === 1 ? "The review" : `The ${connection.reviews} reviews`} already read, with drafts, replies and history, stay in Lobby. You can connect the same {connection.platformName} account again at any time.
          </p>
          {error ? <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-rose-800">{error}</p> : null}
          <div className="flex justify-end gap-2 pt-1">
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>Keep connected</Button>
            <Button className="bg-rose-700 hover:bg-rose-800" disabled={pending} onClick={() => run(actions.disconnect, () => setConfirming(false))}>
              {pending ? "Disconnecting…" : "Disconnect"}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
