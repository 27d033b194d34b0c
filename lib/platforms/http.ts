import { PlatformError, type PlatformErrorKind } from "./errors";

// HTTP plumbing shared by connectors: timeouts, status -> error kind, Retry-After, secret redaction.

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface CallContext {
  platform: string;
  /** Display name used in messages, e.g. "Google". */
  label: string;
  fetch: FetchLike;
  timeoutMs: number;
  /** Strings that must never appear in an error message (tokens, secrets). */
  secrets: () => string[];
}

export function redact(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  }
  return out;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function kindForStatus(status: number): PlatformErrorKind {
  if (status === 429) return "rate_limited";
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not_found";
  if (status === 408 || status >= 500) return "unavailable";
  return "invalid";
}

/** fetch with a timeout; network failures and timeouts become PlatformError("unavailable"). */
export async function send(ctx: CallContext, url: string, init: RequestInit, action: string): Promise<Response> {
  try {
    return await ctx.fetch(url, { ...init, signal: AbortSignal.timeout(ctx.timeoutMs) });
  } catch (error) {
    throw networkError(ctx, error, action);
  }
}

/** Reads the body (still under the request's timeout). */
export async function readText(ctx: CallContext, res: Response, action: string): Promise<string> {
  try {
    return await res.text();
  } catch (error) {
    throw networkError(ctx, error, action);
  }
}

function networkError(ctx: CallContext, error: unknown, action: string): PlatformError {
  const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
  const message = timedOut
    ? `${ctx.label} did not answer within ${Math.round(ctx.timeoutMs / 1000)}s while ${action}`
    : `Could not reach ${ctx.label} while ${action}`;
  return new PlatformError("unavailable", message, { platform: ctx.platform });
}

/** Builds the typed error for a non-2xx answer; `detail` is the platform's own explanation, if any. */
export function errorForResponse(
  ctx: CallContext,
  res: Response,
  action: string,
  detail: string | undefined,
): PlatformError {
  const kind = kindForStatus(res.status);
  const retryAfterMs = kind === "rate_limited" ? parseRetryAfter(res.headers.get("retry-after")) : undefined;
  const head: Record<PlatformErrorKind, string> = {
    rate_limited: `${ctx.label} rate limit reached while ${action}`,
    auth: `${ctx.label} refused access while ${action} (check the connection's credentials)`,
    not_found: `${ctx.label} could not find what we asked for while ${action}`,
    invalid: `${ctx.label} rejected the request while ${action}`,
    unavailable: `${ctx.label} is unavailable while ${action}`,
  };
  let message = `${head[kind]} [HTTP ${res.status}]`;
  if (detail) message += `: ${detail.slice(0, 300)}`;
  if (retryAfterMs !== undefined) message += ` (retry after ${Math.ceil(retryAfterMs / 1000)}s)`;
  return new PlatformError(kind, redact(message, ctx.secrets()), {
    platform: ctx.platform,
    status: res.status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}
