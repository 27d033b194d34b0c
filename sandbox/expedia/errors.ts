import type { ServerResponse } from "node:http";
import { sendJson } from "../http";

// Expedia's GraphQL error envelope: { errors: [{ message, extensions: { code } }] } with HTTP 4xx/5xx for
// request-level failures, and HTTP 200 with `errors` (and `data`) for execution errors.
// Expedia documents 401 and 429 as having no body; the sandbox still sends the envelope, which a client
// must not depend on. Codes other than RATE_LIMIT_EXCEEDED are unconfirmed (Apollo-style names).

export const ERROR_CODES: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "RATE_LIMIT_EXCEEDED",
  500: "INTERNAL_SERVER_ERROR",
  502: "BAD_GATEWAY",
  503: "SERVICE_UNAVAILABLE",
  504: "GATEWAY_TIMEOUT",
};

const DEFAULT_MESSAGES: Record<number, string> = {
  400: "Bad request.",
  401: "Unauthorized: the access token is missing, invalid or expired.",
  403: "Forbidden.",
  404: "Not found.",
  429: "Too many requests.",
  500: "Internal server error.",
  502: "Bad gateway.",
  503: "Service unavailable.",
  504: "Gateway timeout.",
};

export function errorCode(status: number): string {
  return ERROR_CODES[status] ?? (status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST");
}

export interface ExpediaErrorOptions {
  message?: string;
  code?: string;
  headers?: Record<string, string>;
  extensions?: Record<string, unknown>;
}

export function sendExpediaError(res: ServerResponse, status: number, options: ExpediaErrorOptions = {}): void {
  const message = options.message ?? DEFAULT_MESSAGES[status] ?? "Error.";
  const extensions = { ...options.extensions, code: options.code ?? errorCode(status) };
  sendJson(res, status, { errors: [{ message, extensions }] }, options.headers ?? {});
}
