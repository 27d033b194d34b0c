import type { ConnectionStatus, Platform } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/errors";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime, PLATFORM_LABELS } from "@/components/review/labels";
import { BackfillButton } from "./backfill-button";

const STATUS: Record<ConnectionStatus, { label: string; tone: BadgeTone }> = {
  ACTIVE: { label: "Active", tone: "success" },
  ERROR: { label: "Needs attention", tone: "danger" },
  PAUSED: { label: "Paused", tone: "neutral" },
};

export type ConnectionRow = {
  id: string;
  platform: Platform;
  externalLocationId: string;
  status: ConnectionStatus;
  lastError: string | null;
  lastPolledAt: Date | null;
  backfillRequestedAt: Date | null;
  backfillFinishedAt: Date | null;
  backfillReviews: number;
  property: { name: string; city: string };
  _count: { reviews: number; quarantine: number };
};

export function ConnectionList({ connections, canManage, backfill }: {
  connections: ConnectionRow[];
  canManage: boolean;
  backfill: (connectionId: string) => Promise<ActionResult<undefined>>;
}) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg bg-white ring-1 ring-stone-200" aria-label="Platform connections">
      {connections.map((c) => {
        const running = c.backfillRequestedAt !== null && c.backfillFinishedAt === null;
        return (
          <li key={c.id} className="grid gap-2 px-4 py-3 sm:grid-cols-[1fr_auto] sm:items-center">
            <div className="min-w-0 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <p className="font-medium">{PLATFORM_LABELS[c.platform]}</p>
                <span className="text-sm text-stone-500">· {c.property.name}</span>
                <Badge tone={STATUS[c.status].tone}>{STATUS[c.status].label}</Badge>
              </div>
              <p className="text-xs text-stone-500">
                {c._count.reviews} reviews · last read {c.lastPolledAt ? formatDateTime(c.lastPolledAt) : "never"}
                {c._count.quarantine ? ` · ${c._count.quarantine} in quarantine` : ""}
              </p>
              {c.lastError ? <p className="text-sm text-rose-700">Last error: {c.lastError}</p> : null}
              {running ? (
                <p role="status" className="text-sm text-sky-800">Backfill running: {c.backfillReviews} reviews read so far…</p>
              ) : c.backfillFinishedAt ? (
                <p className="text-xs text-stone-500">Last backfill finished {formatDateTime(c.backfillFinishedAt)} ({c.backfillReviews} reviews read).</p>
              ) : null}
            </div>
            {canManage ? <BackfillButton connectionId={c.id} disabled={running} backfill={backfill} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
