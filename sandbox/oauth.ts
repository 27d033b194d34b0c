import { sendJson, type RequestContext } from "./http";

// Pieces of an RFC 6749 token endpoint that Google's and Expedia's sandboxes answer alike.
// (Trustpilot's gateway neither URL-decodes Basic credentials nor answers errors this way.)

/** An RFC 6749 5.2 error answer. */
export function oauthError(ctx: RequestContext, status: number, error: string, description: string, headers: Record<string, string> = {}): void {
  sendJson(ctx.res, status, { error, error_description: description }, headers);
}

/** Client credentials sent as HTTP Basic (client_secret_basic), each form-encoded per RFC 6749 2.3.1. */
export function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const m = /^Basic\s+(.+)$/i.exec(header ?? "");
  if (!m?.[1]) return null;
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const i = decoded.indexOf(":");
  if (i < 0) return null;
  return { id: decodeURIComponent(decoded.slice(0, i)), secret: decodeURIComponent(decoded.slice(i + 1)) };
}
