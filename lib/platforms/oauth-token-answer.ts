import { z } from "zod";
import { PlatformError } from "./errors";
import { kindForStatus, readText, type CallContext } from "./http";

// A standard OAuth 2 token endpoint's answer (RFC 6749 5.1 and 5.2), as Google's and Expedia's send it,
// for a refresh, a client-credentials grant or an authorization code.
// Trustpilot's differs (Apigee error bodies, 403 for bad logins, Retry-After) and reads its own.

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().optional(),
  token_type: z.string().optional(),
});

const tokenError = z.object({ error: z.string(), error_description: z.string().optional() });

export type TokenAnswer = z.infer<typeof tokenResponse>;

/**
 * The issued token, or a PlatformError naming `platformName` when the endpoint refused or answered oddly.
 * `answer` reads grants that carry more (an authorization code's refresh token and scope); `refused` says
 * what the platform refused ("refused the authorization").
 */
export async function readTokenAnswer(ctx: CallContext, res: Response, action: string, platformName: string): Promise<TokenAnswer>;
export async function readTokenAnswer<T>(
  ctx: CallContext, res: Response, action: string, platformName: string, options: { answer: z.ZodType<T>; refused: string },
): Promise<T>;
export async function readTokenAnswer(
  ctx: CallContext, res: Response, action: string, platformName: string,
  { answer = tokenResponse, refused = "refused to issue an access token" }: { answer?: z.ZodType; refused?: string } = {},
): Promise<unknown> {
  const text = await readText(ctx, res, action);
  let body: unknown = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    // handled below
  }

  if (!res.ok) {
    const err = tokenError.safeParse(body);
    // invalid_grant / invalid_client: the connection's credentials are wrong or revoked.
    const kind = res.status === 400 || res.status === 401 ? "auth" : kindForStatus(res.status);
    const code = err.success ? ` (${err.data.error})` : "";
    throw new PlatformError(kind, `${platformName} ${refused}${code} [HTTP ${res.status}]`, {
      platform: ctx.platform,
      status: res.status,
    });
  }
  const parsed = answer.safeParse(body);
  if (!parsed.success) {
    throw new PlatformError("unavailable", `${platformName}'s token endpoint sent an unexpected answer`, {
      platform: ctx.platform,
      status: res.status,
    });
  }
  return parsed.data;
}
