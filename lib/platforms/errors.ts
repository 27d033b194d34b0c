// Typed failures of a platform call. `message` is safe to store and show to staff: it never
// contains credentials or tokens.

export type PlatformErrorKind = "rate_limited" | "auth" | "not_found" | "invalid" | "unavailable";

export interface PlatformErrorOptions {
  platform?: string;
  /** HTTP status the platform answered with, when there was an answer. */
  status?: number;
  /** How long the platform asked us to wait before trying again. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class PlatformError extends Error {
  override readonly name = "PlatformError";
  readonly kind: PlatformErrorKind;
  readonly platform?: string;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(kind: PlatformErrorKind, message: string, options: PlatformErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.platform !== undefined) this.platform = options.platform;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }

  /** Trying again later can help (quota, outage); the other kinds need a person or a code change. */
  get retryable(): boolean {
    return this.kind === "rate_limited" || this.kind === "unavailable";
  }
}

/** A connection whose platform has no connector yet. */
export class UnsupportedPlatformError extends PlatformError {
  constructor(platform: string) {
    super("invalid", `${platform} connections are not supported yet`, { platform });
  }
}

export function isPlatformError(error: unknown): error is PlatformError {
  return error instanceof PlatformError;
}
