import type { ConnectionStatus, Platform } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/errors";
import type { BackfillState } from "@/lib/platforms/backfill";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime } from "@/components/review/labels";
import { sourceName } from "@/lib/platforms/names";
import { BackfillButton } from "./backfill-button";
import { ConnectionControls, type ConnectionLifecycle } from "./connection-controls";

const reviewCount = (n: number) => `${n} ${n === 1 ? "review" : "reviews"}`;

const STATUS: Record<ConnectionStatus, { label: string; tone: BadgeTone }> = {
  ACTIVE: { label: "Active", tone: "success" },
  ERROR: { label: "Needs attention", tone: "danger" },
  PAUSED: { label: "Paused", tone: "neutral" },
  DISCONNECTED: { label: "Disconnected", tone: "neutral" },
};

export type ConnectionRow = {
  id: string;
  platform: Platform;
  externalLocationId: string;
  status: ConnectionStatus;
  lastError: string | null;
  lastPolledAt: Date | null;
  backfill: BackfillState;
  property: { name: string; city: string };
  _count: { reviews: number; quarantine: number };
};

export function ConnectionList({ connections, canManage, backfill, lifecycle }: {
  connections: ConnectionRow[];
  canManage: boolean;
  backfill: (connectionId: string) => Promise<ActionResult<undefined>>;
  /** Pause, resume and disconnect (people who may manage connections). */
  lifecycle?: ConnectionLifecycle;
}) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg bg-white ring-1 ring-stone-200" aria-label="Platform connections">
      {connections.map((c) => {
        const { backfill: last } = c;
        // A manual channel (Yelp, Facebook…) has no API: its reviews come from file imports.
        const manual = c.platform === "MANUAL";
        const gone = c.status === "DISCONNECTED";
        const platformName = sourceName({ platform: c.platform, connection: c });
        // Still active but its last read failed (Lobby keeps retrying): not the calm green of a healthy one.
        const status = c.status === "ACTIVE" && c.lastError ? { label: "Active, retrying", tone: "warning" as const } : STATUS[c.status];
        const lastRead = c.lastPolledAt ? formatDateTime(c.lastPolledAt) : c.status === "ACTIVE" ? "never (first read queued)" : "never";
        return (
          <li key={c.id} className={`grid gap-2 px-4 py-3 sm:grid-cols-[1fr_auto] sm:items-center ${gone ? "bg-stone-50/60 text-stone-500" : ""}`}>
            <div className="min-w-0 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <p className="font-medium">{platformName}</p>
                <span className="text-sm text-stone-500">· {c.property.name}</span>
                <Badge tone={status.tone}>{status.label}</Badge>
              </div>
              <p className="text-xs text-stone-500">
                {reviewCount(c._count.reviews)} · {manual ? "imported from files" : gone ? "disconnected; its reviews stay in Lobby" : `last read ${lastRead}`}
                {c._count.quarantine ? ` · ${c._count.quarantine} in quarantine` : ""}
              </p>
              {c.lastError ? <p className="text-sm text-rose-700">Last error: {c.lastError}</p> : null}
              {last.state === "running" ? (
                <p role="status" className="text-sm text-sky-800">Backfill running: {reviewCount(last.reviews)} read so far…</p>
              ) : last.state === "stopped" ? (
                <p role="status" className="text-sm text-rose-700">
                  Backfill stopped: {last.reason}
                  {last.reviews > 0 ? ` (${reviewCount(last.reviews)} read before it stopped.)` : ""}
                </p>
              ) : last.state === "finished" ? (
                <p className="text-xs text-stone-500">Last backfill finished {formatDateTime(last.at)} ({reviewCount(last.reviews)} read).</p>
              ) : null}
            </div>
            {canManage && !manual && !gone ? (
              <div className="flex flex-wrap items-start gap-1.5 sm:justify-end sm:gap-2">
                <BackfillButton connectionId={c.id} name={`${platformName} for ${c.property.name}`} state={last.state} backfill={backfill} />
                {lifecycle ? (
                  <ConnectionControls
                    connection={{ id: c.id, status: c.status, platformName, propertyName: c.property.name, reviews: c._count.reviews }}
                    actions={lifecycle}
                  />
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
