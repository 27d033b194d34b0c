import type { Db } from "../db";
import { recordAudit, SYSTEM } from "../audit";
import { openSecret } from "../crypto/secrets";
import { PlatformError } from "../platforms/errors";
import { createConnector, type ConnectorOverrides } from "../platforms/registry";

export type PublishOutcome = "published" | "already-published" | "missing";

/** A failure to publish; `retryable` says whether trying again later can help. */
export class PublishFailure extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
    this.name = "PublishFailure";
  }
}

function describe(error: unknown): { message: string; retryable: boolean } {
  if (error instanceof PlatformError) {
    return { message: error.message, retryable: error.kind === "rate_limited" || error.kind === "unavailable" };
  }
  return { message: "Unexpected error while publishing", retryable: true };
}

/**
 * Sends an approved reply to its platform and records what the platform says. A reply already
 * published is left alone. On a failure that will not be retried, the reply and review are marked
 * FAILED with a reason staff can read.
 */
export async function publishReply(
  db: Db,
  replyId: string,
  opts: { finalAttempt: boolean; connectorOverrides?: ConnectorOverrides },
): Promise<PublishOutcome> {
  const reply = await db.reply.findUnique({ where: { id: replyId }, include: { review: { include: { connection: true } } } });
  if (!reply) return "missing";
  if (reply.platformStatus === "PUBLISHED" || reply.platformStatus === "PENDING") return "already-published";
  const { review } = reply;

  await db.$transaction([
    db.reply.update({ where: { id: reply.id }, data: { publishAttempts: { increment: 1 } } }),
    db.review.update({ where: { id: review.id }, data: { replyState: "PUBLISHING" } }),
  ]);

  try {
    const connector = createConnector({
      platform: review.connection.platform,
      externalLocationId: review.connection.externalLocationId,
      credentials: openSecret(review.connection.credentialsEncrypted),
    }, opts.connectorOverrides);
    const sent = await connector.publishReply(review.externalId, reply.text);
    await db.$transaction(async (tx) => {
      await tx.reply.update({
        where: { id: reply.id },
        data: { platformStatus: sent.status, externalReplyId: sent.externalReplyId, publishedAt: sent.publishedAt, lastError: null },
      });
      await tx.review.update({ where: { id: review.id }, data: { replyState: "PUBLISHED" } });
      await recordAudit(tx, {
        organizationId: reply.organizationId,
        actor: SYSTEM,
        action: "reply.published",
        entityType: "review",
        entityId: review.id,
        data: { replyId: reply.id, externalReplyId: sent.externalReplyId, platformStatus: sent.status },
      });
    });
    return "published";
  } catch (error) {
    const { message, retryable } = describe(error);
    if (retryable && !opts.finalAttempt) {
      await db.reply.update({ where: { id: reply.id }, data: { lastError: `${message} (will retry)` } });
      throw new PublishFailure(message, true);
    }
    await db.$transaction(async (tx) => {
      await tx.reply.update({ where: { id: reply.id }, data: { platformStatus: "FAILED", lastError: message } });
      await tx.review.update({ where: { id: review.id }, data: { replyState: "FAILED" } });
      await recordAudit(tx, {
        organizationId: reply.organizationId,
        actor: SYSTEM,
        action: "reply.publish_failed",
        entityType: "review",
        entityId: review.id,
        data: { replyId: reply.id, reason: message },
      });
    });
    throw new PublishFailure(message, false);
  }
}
