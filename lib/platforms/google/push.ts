import { z } from "zod";
import type { Db } from "../../db";
import { env } from "../../env";
import type { Queues } from "../../jobs/queues";
import { logger } from "../../logger";
import { pollOnPush } from "../poll-on-push";
import { refusePush, secretMatches, unreadablePush, type PushAnswer } from "../push-request";

export type { PushAnswer } from "../push-request";

// Google Business Profile notifications arrive as Pub/Sub push messages: the message data is
// base64 JSON naming the review and its location (NEW_REVIEW / UPDATED_REVIEW).
const envelope = z.object({
  message: z.object({ data: z.string().min(1), messageId: z.string().optional(), attributes: z.record(z.string(), z.string()).optional() }),
  subscription: z.string().optional(),
});
const notification = z.object({
  type: z.string(),
  reviewName: z.string().optional(),
  locationName: z.string().regex(/^accounts\/[^/]+\/locations\/[^/]+$/),
});

export async function handleGooglePush(db: Db, queues: Queues, input: { token: string | null; body: unknown }): Promise<PushAnswer> {
  // Pub/Sub push carries no signature of its own here: the subscription's URL holds a secret token.
  if (!secretMatches(input.token, env.GOOGLE_PUSH_TOKEN)) return refusePush("GOOGLE", input.token ? "wrong push token" : "no push token");
  const outer = envelope.safeParse(input.body);
  if (!outer.success) return unreadablePush("GOOGLE", "not a Pub/Sub push message", outer.error);
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(outer.data.message.data, "base64").toString("utf8"));
  } catch {
    return unreadablePush("GOOGLE", "message data is not base64 JSON");
  }
  const parsed = notification.safeParse(data);
  if (!parsed.success) return unreadablePush("GOOGLE", "message data does not name a location", parsed.error);
  const polled = await pollOnPush(db, queues, "GOOGLE", parsed.data.locationName);
  if (polled === 0) logger.info({ location: parsed.data.locationName }, "Google push for a location no connection follows");
  // Acknowledge even when nobody follows the location, or Pub/Sub would redeliver it forever.
  return { status: 200, body: { polled } };
}
