import { createHmac, randomUUID } from "node:crypto";
import type { PushSender } from "../push";
import type { ExpediaChange } from "./state";

// Expedia Group's notification service ("webhooks"), as a partner's callback URL receives it: one
// JSON notification per event, HTTPS POST, retried on failure. Event types and retry policy follow
// developers.expediagroup.com (Notifications > Intro to notifications). The callback configuration
// has a secret (createNotificationCallbackConfig returns it); how it signs is not public, so this is
// the common scheme: HMAC-SHA256 over "<unix seconds>.<raw body>", hex, in the headers below
// (unconfirmed; one place to change, Lobby's side is lib/platforms/expedia/push.ts). The body's field
// names are unconfirmed too.

export const EXPEDIA_NOTIFICATION_HEADERS = { signature: "x-expedia-signature", timestamp: "x-expedia-timestamp" } as const;

export type ExpediaEventType = "GuestReviewSubmitted" | "ReviewsApproved" | "ReviewsManagementResponseApproved" | "ReviewsManagementResponseRejected";

/** What Expedia notifies about a change; edits, deletions and submitted responses have no event. */
function eventsFor(change: ExpediaChange): ExpediaEventType[] {
  switch (change.type) {
    // The sandbox approves a traveler's review at once, so both of Expedia's review events follow each other.
    case "GuestReviewSubmitted":
      return ["GuestReviewSubmitted", "ReviewsApproved"];
    case "ReviewsManagementResponseApproved":
    case "ReviewsManagementResponseRejected":
      return [change.type];
    default:
      return [];
  }
}

export function signExpediaNotification(secret: string, timestampSeconds: number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestampSeconds}.${rawBody}`).digest("hex");
}

/** Sends Expedia's notifications to Lobby's callback (/expedia below the push URL). No secret: no callback configured. */
export function expediaNotifications(push: PushSender, now: () => Date, secret: string | undefined): (change: ExpediaChange) => void {
  if (!secret) return () => undefined;
  return (change) => {
    for (const eventType of eventsFor(change)) {
      const body = {
        eventId: randomUUID(),
        eventType,
        eventTimestamp: now().toISOString(),
        payload: {
          propertyId: change.propertyId,
          reviewId: change.review.id,
          ...("response" in change ? { responseStatus: change.response.status } : {}),
        },
      };
      const timestamp = Math.floor(now().getTime() / 1000);
      // The push sender serialises the body the same way, so this is the exact text the signature covers.
      const signature = signExpediaNotification(secret, timestamp, JSON.stringify(body));
      push("/expedia", body, { [EXPEDIA_NOTIFICATION_HEADERS.signature]: signature, [EXPEDIA_NOTIFICATION_HEADERS.timestamp]: String(timestamp) });
    }
  };
}
