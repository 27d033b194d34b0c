import { UserFacingError } from "../../errors";
import { PlatformError } from "../errors";
import { redact } from "../http";
import { PLATFORM_NAMES } from "../names";
import { createConnector, type ConnectorOverrides } from "../registry";
import type { PlatformCode } from "../types";
import { PLACE_NOUN } from "./save-connection";

/** Every string in the submitted credentials: none may appear in a message, whatever the platform echoes. */
function submittedSecrets(credentials: unknown): string[] {
  if (typeof credentials === "string") return [credentials, encodeURIComponent(credentials)];
  if (typeof credentials !== "object" || credentials === null) return [];
  return Object.values(credentials).flatMap(submittedSecrets);
}

/** The platform's own explanation, after the "[HTTP nnn]: " errorForResponse puts before it. */
function platformSaid(error: PlatformError): string {
  const detail = /\]: (.+)$/s.exec(error.message)?.[1];
  return detail ? ` The platform said: “${detail.replace(/\s*\(retry after \d+s\)$/, "")}”` : "";
}

/** What staff read when the test call fails: what happened, in the platform's name, and what to check. */
export function explainRefusal(platform: PlatformCode, externalLocationId: string, error: PlatformError): string {
  const label = PLATFORM_NAMES[platform];
  const place = `${PLACE_NOUN[platform]} ${externalLocationId}`;
  const status = error.status ? ` (HTTP ${error.status})` : "";
  switch (error.kind) {
    case "auth":
      return `${label} refused these credentials for ${place}${status}. Check them and try again.${platformSaid(error)}`;
    case "not_found":
      return `${label} has no ${place}, or these credentials cannot see it${status}. Check the ${PLACE_NOUN[platform]} id.${platformSaid(error)}`;
    case "rate_limited": {
      const wait = error.retryAfterMs ? `in ${Math.max(1, Math.ceil(error.retryAfterMs / 1000))} seconds` : "in a minute";
      return `${label} asked Lobby to slow down. Try again ${wait}.`;
    }
    case "invalid":
      return `${label} did not accept these details: ${error.message}`;
    case "unavailable":
      return `Lobby could not reach ${label} to check these credentials: ${error.message}. Try again in a moment.`;
  }
}

/**
 * One real call with the submitted credentials before anything is stored: the first page of the
 * place's reviews, the same call every poll makes. A refusal becomes a message naming the platform;
 * no submitted value appears in it.
 */
export async function checkCredentials(platform: PlatformCode, externalLocationId: string, credentials: unknown, overrides: ConnectorOverrides = {}): Promise<void> {
  const secrets = submittedSecrets(credentials);
  try {
    const connector = createConnector({ platform, externalLocationId, credentials }, overrides);
    const pages = connector.listReviewsSince(null)[Symbol.asyncIterator]();
    try {
      await pages.next();
    } finally {
      await pages.return?.(undefined);
    }
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    throw new UserFacingError(redact(explainRefusal(platform, externalLocationId, error), secrets), error.kind === "auth" ? "forbidden" : "invalid");
  }
}
