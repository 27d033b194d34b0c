import type { Metadata } from "next";
import { requireMemberBySlug } from "@/lib/auth/session";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listDeadLetters } from "@/lib/jobs/dead-letters";
import { appQueues } from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import { FailedJobList } from "@/components/jobs/failed-job-list";
import { EmptyState } from "@/components/ui/empty-state";
import { retryFailedJobAction } from "./actions";

export const metadata: Metadata = { title: "Failed jobs" };

export default async function FailedJobsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { organization, membership } = await requireMemberBySlug(org, "reviews.read");
  // The failed jobs live in Redis; without it the page says so instead of failing whole.
  const letters = await listDeadLetters(db, appQueues(), organization.id).catch((err: Error) => {
    logger.warn({ organizationId: organization.id, err: err.message }, "could not read the failed jobs");
    return null;
  });
  const canRetry = roleCan(membership.role, "connections.manage");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Failed jobs</h1>
        <p className="text-sm text-stone-500">
          Reading, drafting, publishing and importing that failed after every retry. Lobby retries with growing pauses (and as long as a platform asks) before a job lands here.
          {canRetry ? " Retry once the cause is fixed." : " Your account owner can retry them."} A failed import no longer holds its file: upload it again from the import&apos;s page.
        </p>
      </div>
      {letters === null ? (
        <p role="alert" className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">Lobby cannot reach its job queue right now, so failed jobs cannot be listed. Try again in a moment.</p>
      ) : letters.length === 0 ? (
        <EmptyState title="No failed jobs">Everything Lobby tried recently went through, or is still being retried.</EmptyState>
      ) : (
        <FailedJobList org={org} letters={letters} canRetry={canRetry} retry={retryFailedJobAction} />
      )}
    </div>
  );
}
