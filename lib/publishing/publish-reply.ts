import type { Db } from "../db";
import { recordAudit, SYSTEM } from "../audit";
import { logger } from "../logger";
import { PlatformError } from "../platforms/errors";
import { createConnector, type ConnectorOverrides } from "../platforms/registry";
import { storedCredentials } from "../platforms/stored-credentials";
import type { FetchLike } from "../platforms/http";
import type { ExistingReply, PublishedReply } from "../platforms/types";
import type { Prisma } from "../generated/prisma/client";

export type PublishOutcome = "published" | "already-published" | "not-approved" | "missing" | "superseded";

/**
 * How long a claimed publish may go without a sign of life (each platform call renews it) before it is
 * taken for dead: its job was lost with Redis, or its worker died. Housekeeping then hands the claim
 * back and queues the publish again (resumeStalledPublishes).
 */
export const PUBLISH_LEASE_MS = 60_000;

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
 * alone, so a duplicated job does nothing. One attempt holds the claim at a time (the review is
 * PUBLISHING); housekeeping hands back a claim silent for PUBLISH_LEASE_MS, and the claim's number
 * (publishAttempts) fences the platform calls, so an attempt that lost its claim while it waited sends
 * nothing more ("superseded").
 * On a failure that will not be retried, the reply and review are marked FAILED with a reason staff
 * can read; one that will be retried hands the claim back.
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

  const claim = await claimPublish(db, reply.id, review.id);
  if (claim === null) return "not-approved";
  const mine: ClaimRef = { ...reply, claim };
  // Before each platform call (after waiting for the platform's budget, which can take long): does
  // this attempt still hold the claim? That also renews its lease.
  let superseded = false;
  const stillMine = async () => {
    const renewed = await db.reply.updateMany({ where: { id: reply.id, publishAttempts: claim, platformStatus: "NOT_SENT" }, data: { updatedAt: new Date() } });
    if (renewed.count > 0) return;
    superseded = true;
    throw new Error("another attempt took this publish over");
  };
  const inner: FetchLike = opts.connectorOverrides?.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const fenced: FetchLike = async (input, init) => {
    await stillMine();
    return inner(input, init);
  };

  let sent: PublishedReply;
  try {
    if (review.connection.status === "DISCONNECTED") {
      throw new PlatformError("auth", "The platform connection was disconnected; connect it again to publish", { platform: review.connection.platform });
    }
    const connector = createConnector(
      { platform: review.connection.platform, externalLocationId: review.connection.externalLocationId, ...storedCredentials(db, review.connection) },
      { ...opts.connectorOverrides, fetch: fenced },
    );
    // An earlier attempt may have reached the platform even though its answer never came back:
    // look before sending again, so a reply is never posted twice.
    const already = claim > 1 || connector.replyRules.once ? await connector.readReply(review.externalId) : null;
    const outcome = settleWithExisting(already, reply.text, connector.replyRules.once);
    if (outcome === "conflict") {
      await recordFailure(db, mine, new PublishFailure("The platform already shows a different reply, and it accepts only one", false), true);
      return "not-approved";
    }
    sent = outcome ?? (await connector.publishReply(review.externalId, reply.text));
  } catch (error) {
    if (superseded) return "superseded";
    const failure = error instanceof PlatformError
      ? new PublishFailure(error.message, error.retryable, error.retryAfterMs)
      : new PublishFailure("Unexpected error while publishing", true);
    if (!(error instanceof PlatformError)) {
      logger.error({ replyId, organizationId: reply.organizationId, err: error instanceof Error ? error.message : String(error) }, "publish failed unexpectedly");
    }
    await recordFailure(db, mine, failure, opts.finalAttempt);
    throw failure;
  }

  // The platform has the reply now. Should recording it fail, the attempt after housekeeping has
  // handed the claim back reads the platform first and records it then.
  const recorded = await recordOutcome(db, mine, {
    reply: { platformStatus: sent.status, externalReplyId: sent.externalReplyId, publishedAt: sent.publishedAt, lastError: null },
    replyState: "PUBLISHED",
    action: "reply.published",
    data: { externalReplyId: sent.externalReplyId, platformStatus: sent.status },
  });
  // Taken over after our call went out: the other attempt reads the platform first and records it.
  return recorded ? "published" : "superseded";
}

/** The reply, and the number of the claim this attempt holds on it. */
type ClaimRef = { id: string; organizationId: string; reviewId: string; claim: number };

/**
 * Takes the publish of a reply that is approved and not sent (not one another attempt holds).
 * Returns the claim's number (the attempt count), or null.
 */
function claimPublish(db: Db, replyId: string, reviewId: string): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const moved = await tx.review.updateMany({
      where: { id: reviewId, replyState: "APPROVED", reply: { platformStatus: "NOT_SENT" } },
      data: { replyState: "PUBLISHING" },
    });
    if (moved.count === 0) return null;
    const claimed = await tx.reply.update({ where: { id: replyId }, data: { publishAttempts: { increment: 1 } }, select: { publishAttempts: true } });
    return claimed.publishAttempts;
  });
}

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

/**
 * Moves the reply and its review to where publishing left them, with the audit event, in one
 * transaction; only while this attempt still holds the claim (false when it was taken over).
 */
function recordOutcome(
  db: Db,
  reply: ClaimRef,
  outcome: { reply: Prisma.ReplyUpdateManyMutationInput; replyState: "PUBLISHED" | "FAILED"; action: string; data: Record<string, string | null> },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const held = await tx.reply.updateMany({ where: { id: reply.id, publishAttempts: reply.claim, platformStatus: "NOT_SENT" }, data: outcome.reply });
    if (held.count === 0) return false;
    await tx.review.update({ where: { id: reply.reviewId }, data: { replyState: outcome.replyState } });
    await recordAudit(tx, {
      organizationId: reply.organizationId,
      actor: SYSTEM,
      action: outcome.action,
      entityType: "review",
      entityId: reply.reviewId,
      data: { replyId: reply.id, ...outcome.data },
    });
    return true;
  });
}

async function recordFailure(db: Db, reply: ClaimRef, failure: PublishFailure, finalAttempt: boolean) {
  if (failure.retryable && !finalAttempt) {
    // The claim goes back with the reason: the job's own retry (or housekeeping) takes it again.
    await db.$transaction(async (tx) => {
      const held = await tx.reply.updateMany({ where: { id: reply.id, publishAttempts: reply.claim, platformStatus: "NOT_SENT" }, data: { lastError: `${failure.message} (will retry)` } });
      if (held.count > 0) await tx.review.updateMany({ where: { id: reply.reviewId, replyState: "PUBLISHING" }, data: { replyState: "APPROVED" } });
    });
    return;
  }
  await recordOutcome(db, reply, {
    reply: { platformStatus: "FAILED", lastError: failure.message },
    replyState: "FAILED",
    action: "reply.publish_failed",
    data: { reason: failure.message },
  });
}
