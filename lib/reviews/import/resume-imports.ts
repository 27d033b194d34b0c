import type { Db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { ensureQueued, type Queues } from "../../jobs/queues";
import { importJobId } from "./start-import";

/**
 * Re-queues imports that are queued or running but whose job is gone (Redis lost it, or the web app
 * could not reach it). A job that is still waiting or running is left alone.
 */
export async function resumeStalledImports(db: Db, queues: Queues, quietForMs = 60_000): Promise<number> {
  const stalled = await db.reviewImport.findMany({
    where: { status: { in: ["QUEUED", "RUNNING"] }, updatedAt: { lt: new Date(Date.now() - quietForMs) } },
    select: { id: true },
    take: 100,
  });
  let queued = 0;
  for (const { id } of stalled) {
    if (await ensureQueued(queues, "importReviews", { importId: id }, importJobId(id))) queued++;
  }
  return queued;
}

const ABANDONED_AFTER_MS = 7 * 24 * 60 * 60_000;

/**
 * Files uploaded but never imported are not kept: after a week their rows are dropped and the import
 * is marked as not finished, so guests' words do not sit in an unused upload.
 */
export async function expireAbandonedImports(db: Db, olderThanMs = ABANDONED_AFTER_MS): Promise<number> {
  const { count } = await db.reviewImport.updateMany({
    where: { status: "MAPPING", createdAt: { lt: new Date(Date.now() - olderThanMs) } },
    data: { status: "FAILED", sheet: Prisma.DbNull, finishedAt: new Date(), error: "The columns were never mapped, so the file was not imported. Upload it again to import it." },
  });
  return count;
}
