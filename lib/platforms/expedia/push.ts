import { createHmac } from "node:crypto";
import { z } from "zod";
import type { Db } from "../../db";
import { env } from "../../env";
import type { Queues } from "../../jobs/queues";
import { logger } from "../../logger";
import { pollOnPush } from "../poll-on-push";
import { refusePush, secretMatches, unreadablePush, type PushAnswer } from "../push-request";

// Expedia Group Lodging Supply notifications ("webhooks"): Expedia POSTs one JSON notification per
// event to the callback URL of Lobby's notification profile. The callback configuration has a
// secret (createNotificationCallbackConfig returns it, refreshNotificationCallbackConfigSecret
// rotates it) that proves a notification is Expedia's. How the secret signs is not public:
// HMAC-SHA256 over "<timestamp>.<raw body>", hex, in the two headers below (unconfirmed; all of it
// lives in this block so it is easy to change).
export const EXPEDIA_SIGNATURE_HEADER = "x-expedia-signature";
export const EXPEDIA_TIMESTAMP_HEADER = "x-expedia-timestamp";
/** A signed notification older (or newer) than this is refused, so a captured one cannot be replayed later. */
export const EXPEDIA_SIGNATURE_TOLERANCE_MS = 5 * 60_000;

export function expediaSignature(secret: string, timestampSeconds: string, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestampSeconds}.${rawBody}`).digest("hex");
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function verifyExpediaSignature(
  input: { signature: string | null; timestamp: string | null; rawBody: string },
  now: number = Date.now(),
  secret: string = env.EXPEDIA_NOTIFICATION_SECRET,
): SignatureCheck {
  if (!input.signature || !input.timestamp) return { ok: false, reason: "unsigned notification" };
  if (!/^\d{1,12}$/.test(input.timestamp)) return { ok: false, reason: "malformed timestamp" };
  if (Math.abs(now - Number(input.timestamp) * 1000) > EXPEDIA_SIGNATURE_TOLERANCE_MS) return { ok: false, reason: "stale timestamp" };
  const expected = expediaSignature(secret, input.timestamp, input.rawBody);
  return secretMatches(input.signature.trim().toLowerCase(), expected) ? { ok: true } : { ok: false, reason: "wrong signature" };
}

/** The review events of Expedia's notification service; others (messaging, property status) are acknowledged and ignored. */
export const EXPEDIA_REVIEW_EVENTS = {
  /** A traveler left a review; Expedia's API serves it only once approved, so there is nothing to read yet. */
  GuestReviewSubmitted: "wait",
  ReviewsApproved: "poll",
  ReviewsManagementResponseApproved: "reply-decided",
  ReviewsManagementResponseRejected: "reply-decided",
} as const;

// Notification body (unconfirmed field names): which event, and the property and review it is about.
const notification = z.object({
  eventId: z.string().min(1).max(200),
  eventType: z.string().min(1).max(100),
  eventTimestamp: z.string().optional(),
  payload: z.looseObject({
    propertyId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    reviewId: z.string().min(1).max(200).optional(),
  }),
});

export async function handleExpediaPush(
  db: Db,
  queues: Queues,
  input: { signature: string | null; timestamp: string | null; rawBody: string },
  now: number = Date.now(),
): Promise<PushAnswer> {
  const check = verifyExpediaSignature(input, now);
  if (!check.ok) return refusePush("EXPEDIA", check.reason);
  let body: unknown;
  try {
    body = JSON.parse(input.rawBody);
  } catch {
    return unreadablePush("EXPEDIA", "the notification is not JSON");
  }
  const parsed = notification.safeParse(body);
  if (!parsed.success) return unreadablePush("EXPEDIA", "not an Expedia notification", parsed.error);
  const { eventType, eventId, payload } = parsed.data;

  const action = (EXPEDIA_REVIEW_EVENTS as Record<string, (typeof EXPEDIA_REVIEW_EVENTS)[keyof typeof EXPEDIA_REVIEW_EVENTS]>)[eventType];
  if (!action || action === "wait") {
    logger.info({ eventId, eventType, propertyId: payload.propertyId }, "Expedia notification acknowledged without a poll");
    return { status: 200, body: { polled: 0 } };
  }
  const replyStatusOf = action === "reply-decided" ? payload.reviewId : undefined;
  if (action === "reply-decided" && !replyStatusOf) return unreadablePush("EXPEDIA", `${eventType} names no review`);
  const polled = await pollOnPush(db, queues, "EXPEDIA", payload.propertyId, replyStatusOf ? { replyStatusOf } : {});
  if (polled === 0) logger.info({ eventId, propertyId: payload.propertyId }, "Expedia notification for a property no connection follows");
  // Acknowledged either way, or Expedia would keep retrying (every 25 s, up to 50 times, for new reviews).
  return { status: 200, body: { polled } };
}
