import { z } from "zod";
import { PlatformError } from "../errors";
import { DEFAULT_TIMEOUT_MS, errorForResponse, readText, send, type CallContext, type FetchLike } from "../http";
import type { PlatformPlace } from "../places";

// The business units a signed-in Trustpilot business user may act for, so staff can pick the hotel.
// (unconfirmed: Trustpilot documents no such listing; the path lives here and in the sandbox only.)

const answer = z.object({
  businessUnits: z.array(z.object({ id: z.string().min(1), displayName: z.string(), name: z.object({ identifying: z.string().optional() }).optional() })),
});

export async function listTrustpilotBusinessUnits(
  apiBase: string,
  grant: { accessToken: string; businessUserId: string },
  options: { fetch?: FetchLike; timeoutMs?: number } = {},
): Promise<PlatformPlace[]> {
  const ctx: CallContext = {
    platform: "TRUSTPILOT",
    label: "Trustpilot",
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    secrets: () => [grant.accessToken],
  };
  const action = "listing business units";
  const url = `${apiBase.replace(/\/+$/, "")}/v1/private/business-users/${encodeURIComponent(grant.businessUserId)}/business-units`;
  const res = await send(ctx, url, { headers: { authorization: `Bearer ${grant.accessToken}`, accept: "application/json" } }, action);
  const text = await readText(ctx, res, action);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!res.ok) throw errorForResponse(ctx, res, action, undefined);
  const parsed = answer.safeParse(body);
  if (!parsed.success) throw new PlatformError("unavailable", "Trustpilot sent an unexpected list of business units", { platform: "TRUSTPILOT" });
  return parsed.data.businessUnits.map((u) => ({ externalLocationId: u.id, name: u.displayName, detail: u.name?.identifying ?? null }));
}
