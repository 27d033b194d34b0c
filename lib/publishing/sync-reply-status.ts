import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { recordAudit, SYSTEM } from "../audit";
import { logger } from "../logger";
import { PlatformError } from "../platforms/errors";
import { createConnector, type ConnectorOverrides } from "../platforms/registry";
import { storedCredentials } from "../platforms/stored-credentials";

export type StatusSync = { checked: number; approved: number; rejected: number };

/**
 * Moderated platforms (Booking.com, Expedia) show a reply only once their moderators approve it.
 * Reads the status of replies still pending and records the platform's decision; a rejected reply
 * goes back to staff as failed, with the reason, to be revised and approved again.
 */
export async function syncPendingReplies(db: Db, overrides?: ConnectorOverrides, take = 100): Promise<StatusSync> {
  const pending = await db.reply.findMany({
    // A disconnected connection has no credentials left to ask with.
    where: { platformStatus: "PENDING", review: { connection: { status: { not: "DISCONNECTED" } } } },
    orderBy: { updatedAt: "asc" },
    take,
    include: { review: { include: { connection: true } } },
  });
  return syncReplies(db, pending, overrides);
}

/**
 * The platform pushed that its moderators decided on the reply to one review (Expedia's
 * ReviewsManagementResponseApproved/Rejected): reads that review's pending reply now, the same way
 * the minute's housekeeping would. Nothing pending there: nothing to do.
 */
export async function syncReplyStatusOf(
  db: Db,
  target: { connectionId: string; externalReviewId: string },
  overrides?: ConnectorOverrides,
): Promise<StatusSync> {
  const pending = await db.reply.findMany({
    where: {
      platformStatus: "PENDING",
      review: { connectionId: target.connectionId, externalId: target.externalReviewId, connection: { status: { not: "DISCONNECTED" } } },
    },
    include: { review: { include: { connection: true } } },
  });
  return syncReplies(db, pending, overrides);
}

type PendingReply = Prisma.ReplyGetPayload<{ include: { review: { include: { connection: true } } } }>;

async function syncReplies(db: Db, pending: PendingReply[], overrides?: ConnectorOverrides): Promise<StatusSync> {
  const result: StatusSync = { checked: 0, approved: 0, rejected: 0 };
  for (const reply of pending) {
    const { review } = reply;
    try {
      const connector = createConnector(
        { platform: review.connection.platform, externalLocationId: review.connection.externalLocationId, ...storedCredentials(db, review.connection) },
        overrides,
      );
      const now = await connector.readReply(review.externalId);
      result.checked++;
      if (!now || now.status === "PENDING") {
        await db.reply.update({ where: { id: reply.id }, data: { updatedAt: new Date() } }); // checked; look at others first next time
        continue;
      }
      const approved = now.status === "PUBLISHED";
      await db.$transaction(async (tx) => {
        await tx.reply.update({
          where: { id: reply.id },
          data: approved ? { platformStatus: "PUBLISHED", publishedAt: now.updatedAt } : { platformStatus: "REJECTED", lastError: "The platform's moderators rejected this reply" },
        });
        if (!approved) await tx.review.update({ where: { id: review.id }, data: { replyState: "FAILED" } });
        await recordAudit(tx, { organizationId: reply.organizationId, actor: SYSTEM, action: approved ? "reply.approved_by_platform" : "reply.rejected_by_platform", entityType: "review", entityId: review.id, data: { replyId: reply.id } });
      });
      if (approved) result.approved++;
      else result.rejected++;
    } catch (error) {
      // One platform being down must not stop the others' checks; the next round tries again.
      logger.warn({ replyId: reply.id, err: error instanceof PlatformError ? error.message : String(error) }, "could not read a pending reply's status");
    }
  }
  return result;
}
