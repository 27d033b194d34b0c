import type { Metadata } from "next";
import { requireMemberBySlug } from "@/lib/auth/session";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { appQueues } from "@/lib/jobs/queues";
import { listConnections, listQuarantine } from "@/lib/platforms/connections";
import { ConnectionList } from "@/components/connections/connection-list";
import { QuarantineList } from "@/components/connections/quarantine-list";
import { LiveRefresh } from "@/components/review/live-refresh";
import { EmptyState } from "@/components/ui/empty-state";
import { ImportReviewsEntry } from "@/components/imports/import-reviews-entry";
import { listProperties } from "@/lib/reviews/inbox";
import { ConnectNotice } from "@/components/connections/connect-notice";
import { ConnectPlatform } from "@/components/connections/connect-platform";
import { backfillAction } from "./actions";
import { connectWithCredentialsAction, disconnectConnectionAction, pauseConnectionAction, resumeConnectionAction, startOAuthConnectAction } from "./connect-actions";

export const metadata: Metadata = { title: "Connections" };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function ConnectionsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { org } = await params;
  const query = await searchParams;
  const { organization, membership } = await requireMemberBySlug(org, "reviews.read");
  const [connections, quarantine, properties] = await Promise.all([listConnections(db, appQueues(), organization.id), listQuarantine(db, organization.id), listProperties(db, organization.id)]);
  const backfilling = connections.some((c) => c.backfill.state === "running");
  // A connection just made: its first read is on its way, and the list shows it arriving.
  const firstRead = connections.some((c) => c.status === "ACTIVE" && !c.lastPolledAt && c.platform !== "MANUAL");
  const canManage = roleCan(membership.role, "connections.manage");

  return (
    <div className="space-y-6">
      <LiveRefresh active={backfilling || firstRead} everyMs={2000} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Connections</h1>
          <p className="text-sm text-stone-500">Where Lobby reads your reviews, and how the last reads went.</p>
        </div>
        {canManage ? <ConnectPlatform org={org} properties={properties} startOAuth={startOAuthConnectAction} connectWithCredentials={connectWithCredentialsAction} /> : null}
      </div>
      <ConnectNotice connected={one(query.connected)} problem={one(query.connect)} platform={one(query.platform)} again={one(query.again) === "1"} />
      {connections.length === 0 ? (
        <EmptyState title="No platform is connected yet">
          {canManage ? "Use “Connect a platform” to link your hotels to Google, Booking.com and the others." : "Ask your account owner to connect your hotels to Google, Booking.com and the others."}
        </EmptyState>
      ) : (
        <ConnectionList
          connections={connections}
          canManage={canManage}
          backfill={backfillAction}
          lifecycle={{ pause: pauseConnectionAction, resume: resumeConnectionAction, disconnect: disconnectConnectionAction }}
        />
      )}
      {roleCan(membership.role, "reviews.import") && properties.length > 0 ? <ImportReviewsEntry org={org} properties={properties} /> : null}
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
