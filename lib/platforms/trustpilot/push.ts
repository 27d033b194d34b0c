import { z } from "zod";
import type { Db } from "../../db";
import { env } from "../../env";
import type { Queues } from "../../jobs/queues";
import { logger } from "../../logger";
import { pollOnPush } from "../poll-on-push";
import { refusePush, secretMatches, unreadablePush, type PushAnswer } from "../push-request";

// Trustpilot webhooks: a POST of { events: [{ eventName, version, eventData }] } to each subscription
// URL set in Trustpilot Business (Integrations > Developers > Webhooks). Trustpilot signs nothing;
// the subscription URL carries HTTP Basic credentials (https://user:password@host/...), sent as an
// Authorization header (unconfirmed: Trustpilot's public pages show the payload, not the auth).
// The payload names the review but not its business unit, so the subscription URL names it too
// (?businessUnitId=, as Trustpilot's own Slack integration does).

/** The event names Trustpilot documents for service reviews; any other still only triggers a poll. */
export const TRUSTPILOT_REVIEW_EVENTS = ["service-review-created", "service-review-updated", "service-review-deleted"] as const;

const event = z.object({
  eventName: z.string().min(1).max(100),
  version: z.string().optional(),
  // Only the review id is relied on: the poll that follows reads the review itself.
  eventData: z.looseObject({ id: z.string().min(1).max(100) }),
});
const payload = z.object({ events: z.array(event).min(1).max(500) });
const businessUnitId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

function basicCredentials(authorization: string | null): { username: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function trustpilotCredentialsMatch(authorization: string | null): boolean {
  const given = basicCredentials(authorization);
  // Both parts are always compared, so a right user name with a wrong password takes as long as neither.
  const user = secretMatches(given?.username ?? "", env.TRUSTPILOT_WEBHOOK_USERNAME);
  const password = secretMatches(given?.password ?? "", env.TRUSTPILOT_WEBHOOK_PASSWORD);
  return given !== null && user && password;
}

export async function handleTrustpilotPush(
  db: Db,
  queues: Queues,
  input: { authorization: string | null; businessUnitId: string | null; body: unknown },
): Promise<PushAnswer> {
  if (!trustpilotCredentialsMatch(input.authorization)) {
    return refusePush("TRUSTPILOT", input.authorization ? "wrong webhook credentials" : "no webhook credentials");
  }
  const unit = businessUnitId.safeParse(input.businessUnitId);
  if (!unit.success) return unreadablePush("TRUSTPILOT", "the subscription URL names no business unit");
  const parsed = payload.safeParse(input.body);
  if (!parsed.success) return unreadablePush("TRUSTPILOT", "not a Trustpilot webhook payload", parsed.error);

  const names = [...new Set(parsed.data.events.map((e) => e.eventName))];
  const unknown = names.filter((n) => !(TRUSTPILOT_REVIEW_EVENTS as readonly string[]).includes(n));
  if (unknown.length > 0) logger.info({ businessUnitId: unit.data, events: unknown }, "Trustpilot webhook with events Lobby does not know; polling anyway");
  const polled = await pollOnPush(db, queues, "TRUSTPILOT", unit.data);
  if (polled === 0) logger.info({ businessUnitId: unit.data }, "Trustpilot webhook for a business unit no connection follows");
  // Acknowledged either way: a refusal would only make Trustpilot retry a push nobody needs.
  return { status: 200, body: { polled } };
}
