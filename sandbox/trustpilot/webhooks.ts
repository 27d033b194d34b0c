import type { PushSender } from "../push";
import type { TrustpilotReview } from "./types";

// Trustpilot's webhooks, as a subscriber receives them: a POST of { events: [{ eventName, version,
// eventData }] } to each subscription URL (Trustpilot Business > Integrations > Developers > Webhooks).
// Payload shape and event names: Trustpilot's "How to set up Trustpilot Webhooks" support post.

/** What happened, in the sandbox's words -> the event name Trustpilot sends. */
export const TRUSTPILOT_WEBHOOK_EVENTS = {
  created: "service-review-created",
  revised: "service-review-updated",
  deleted: "service-review-deleted",
  // Trustpilot documents no event for a company reply (unconfirmed name; Lobby only polls on it).
  replied: "service-review-reply-created",
} as const;

export type TrustpilotChange = { type: keyof typeof TRUSTPILOT_WEBHOOK_EVENTS; review: TrustpilotReview };

/** The credentials a subscription URL carries (https://user:password@host/...). */
export type TrustpilotWebhookAuth = { username: string; password: string };

/** The review as the documented eventData shows it (no e-mail address, for the consumer's privacy). */
function eventData(review: TrustpilotReview) {
  return {
    id: review.id,
    language: review.language,
    title: review.title,
    text: review.text,
    referenceId: review.referenceId,
    stars: review.stars,
    createdAt: review.createdAt,
    isVerified: review.isVerified,
    // A Trustpilot "location" of the business, not its business unit; the sandbox's units have none.
    locationId: null,
    link: `https://api.trustpilot.com/v1/reviews/${review.id}`,
    consumer: { id: review.consumer.id, name: review.consumer.displayName, link: `https://api.trustpilot.com/v1/consumers/${review.consumer.id}` },
    tags: [],
  };
}

/**
 * Sends one webhook per change to Lobby's subscription for the review's business unit. Trustpilot
 * signs nothing: the subscription URL's Basic credentials go in the Authorization header (unconfirmed),
 * and the URL names the business unit, since the payload does not. No credentials: no subscription.
 */
export function trustpilotWebhooks(push: PushSender, auth: TrustpilotWebhookAuth | undefined): (change: TrustpilotChange) => void {
  if (!auth) return () => undefined;
  const authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
  return ({ type, review }) => {
    const body = { events: [{ eventName: TRUSTPILOT_WEBHOOK_EVENTS[type], version: "1", eventData: eventData(review) }] };
    push(`/trustpilot?businessUnitId=${encodeURIComponent(review.businessUnit.id)}`, body, { authorization });
  };
}
