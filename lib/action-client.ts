import { unstable_rethrow } from "next/navigation";
import { UserFacingError, type ActionResult } from "./errors";
import { logger } from "./logger";

/**
 * Runs a server action body: expected errors reach the user with their message, Next's redirects and
 * not-found pass through, anything else is logged with its context and shown as a generic message.
 */
export async function runAction<T>(name: string, context: Record<string, unknown>, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserFacingError) return { ok: false, error: error.message };
    logger.error({ action: name, ...context, err: error instanceof Error ? error.message : String(error) }, "action failed");
    return { ok: false, error: "Something went wrong on our side. Please try again." };
  }
}
