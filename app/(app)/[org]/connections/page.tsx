import type { Metadata } from "next";
import { requireMemberBySlug } from "@/lib/auth/session";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listConnections, listQuarantine } from "@/lib/platforms/connections";
import { ConnectionList } from "@/components/connections/connection-list";
import { QuarantineList } from "@/components/connections/quarantine-list";
import { LiveRefresh } from "@/components/review/live-refresh";
import { EmptyState } from "@/components/ui/empty-state";
import { backfillAction } from "./actions";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { organization, membership } = await requireMemberBySlug(org, "reviews.read");
  const [connections, quarantine] = await Promise.all([listConnections(db, organization.id), listQuarantine(db, organization.id)]);
  const backfilling = connections.some((c) => c.backfillRequestedAt && !c.backfillFinishedAt);

  return (
    <div className="space-y-6">
      <LiveRefresh active={backfilling} everyMs={2000} />
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Connections</h1>
        <p className="text-sm text-stone-500">Where Lobby reads your reviews, and how the last reads went.</p>
      </div>
      {connections.length === 0 ? (
        <EmptyState title="No platform is connected yet">Ask your account owner to connect your hotels to Google, Booking.com and the others.</EmptyState>
      ) : (
        <ConnectionList connections={connections} canManage={roleCan(membership.role, "connections.manage")} backfill={backfillAction} />
      )}
      <section aria-labelledby="quarantine-heading" className="space-y-2">
        <h2 id="quarantine-heading" className="text-base font-semibold">Quarantine</h2>
        <p className="text-sm text-stone-500">Items a platform sent that Lobby could not read. They are kept with their reason; nothing is dropped.</p>
        {quarantine.length === 0 ? (
          <p className="rounded-lg bg-white px-4 py-6 text-center text-sm text-stone-500 ring-1 ring-stone-200">Nothing in quarantine.</p>
        ) : (
          <QuarantineList items={quarantine} />
        )}
      </section>
    </div>
  );
}
