import type { Db } from "../db";
import { recordAudit, SYSTEM } from "../audit";
import { openSecret } from "../crypto/secrets";
import { logger } from "../logger";
import { PlatformError } from "../platforms/errors";
import { createConnector, type ConnectorOverrides } from "../platforms/registry";
import type { ExistingReply, PublishedReply } from "../platforms/types";
import type { Prisma } from "../generated/prisma/client";

export type PublishOutcome = "published" | "already-published" | "not-approved" | "missing";

/** A failure to publish; `retryable` says whether trying again later can help. */
export class PublishFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** The platform asked to wait this long before trying again. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "PublishFailure";
  }
}

/**
 * Sends an approved reply to its platform and records what the platform says. Only a reply that is
 * approved and not yet sent is claimed; anything else (published, failed, edited again) is left
 * alone, so a duplicated job does nothing. On a failure that will not be retried, the reply and review
 * are marked FAILED with a reason staff can read.
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

  const claimed = await db.$transaction(async (tx) => {
    const moved = await tx.review.updateMany({
      where: { id: review.id, replyState: { in: ["APPROVED", "PUBLISHING"] }, reply: { platformStatus: "NOT_SENT" } },
      data: { replyState: "PUBLISHING" },
    });
    if (moved.count === 0) return false;
    await tx.reply.update({ where: { id: reply.id }, data: { publishAttempts: { increment: 1 } } });
    return true;
  });
  if (!claimed) return "not-approved";

  let sent: PublishedReply;
  try {
    const connector = createConnector(
      { platform: review.connection.platform, externalLocationId: review.connection.externalLocationId, credentials: openSecret(review.connection.credentialsEncrypted) },
      opts.connectorOverrides,
    );
    // An earlier attempt may have reached the platform even though its answer never came back:
    // look before sending again, so a reply is never posted twice.
    const already = reply.publishAttempts > 0 || connector.replyRules.once ? await connector.readReply(review.externalId) : null;
    const outcome = settleWithExisting(already, reply.text, connector.replyRules.once);
    if (outcome === "conflict") {
      await recordFailure(db, reply, new PublishFailure("The platform already shows a different reply, and it accepts only one", false), true);
      return "not-approved";
    }
    sent = outcome ?? (await connector.publishReply(review.externalId, reply.text));
  } catch (error) {
    const failure = error instanceof PlatformError
      ? new PublishFailure(error.message, error.retryable, error.retryAfterMs)
      : new PublishFailure("Unexpected error while publishing", true);
    if (!(error instanceof PlatformError)) {
      logger.error({ replyId, organizationId: reply.organizationId, err: error instanceof Error ? error.message : String(error) }, "publish failed unexpectedly");
    }
    await recordFailure(db, reply, failure, opts.finalAttempt);
    throw failure;
  }

  // The platform has the reply now; a failure below is retried by the job and only records it again.
  await recordOutcome(db, reply, {
    reply: { platformStatus: sent.status, externalReplyId: sent.externalReplyId, publishedAt: sent.publishedAt, lastError: null },
    replyState: "PUBLISHED",
    action: "reply.published",
    data: { externalReplyId: sent.externalReplyId, platformStatus: sent.status },
  });
  return "published";
}

type ReplyRef = { id: string; organizationId: string; reviewId: string };

const sameText = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/**
 * What the reply already on the platform means for this one: ours arrived (record it, send nothing),
 * a different one blocks a platform that takes only one reply, otherwise send (null).
 */
function settleWithExisting(existing: ExistingReply | null, text: string, once: boolean): PublishedReply | "conflict" | null {
  if (!existing || existing.status === "REJECTED") return null;
  if (sameText(existing.text, text)) {
    return { externalReplyId: null, status: existing.status === "PENDING" ? "PENDING" : "PUBLISHED", publishedAt: existing.updatedAt };
  }
  return once ? "conflict" : null;
}

/** Moves the reply and its review to where publishing left them, with the audit event, in one transaction. */
function recordOutcome(
  db: Db,
  reply: ReplyRef,
  outcome: { reply: Prisma.ReplyUpdateInput; replyState: "PUBLISHED" | "FAILED"; action: string; data: Record<string, string | null> },
) {
  return db.$transaction(async (tx) => {
    await tx.reply.update({ where: { id: reply.id }, data: outcome.reply });
    await tx.review.update({ where: { id: reply.reviewId }, data: { replyState: outcome.replyState } });
    await recordAudit(tx, {
      organizationId: reply.organizationId,
      actor: SYSTEM,
      action: outcome.action,
      entityType: "review",
      entityId: reply.reviewId,
      data: { replyId: reply.id, ...outcome.data },
    });
  });
}

async function recordFailure(db: Db, reply: ReplyRef, failure: PublishFailure, finalAttempt: boolean) {
  if (failure.retryable && !finalAttempt) {
    await db.reply.update({ where: { id: reply.id }, data: { lastError: `${failure.message} (will retry)` } });
    return;
  }
  await recordOutcome(db, reply, {
    reply: { platformStatus: "FAILED", lastError: failure.message },
    replyState: "FAILED",
    action: "reply.publish_failed",
    data: { reason: failure.message },
  });
}
