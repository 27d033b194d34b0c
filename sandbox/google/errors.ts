import type { ServerResponse } from "node:http";
import { sendJson } from "../http";

// Google's error envelope: { error: { code, message, status } } with the canonical gRPC status name.

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ABORTED",
  413: "INVALID_ARGUMENT",
  429: "RESOURCE_EXHAUSTED",
  499: "CANCELLED",
  500: "INTERNAL",
  501: "NOT_IMPLEMENTED",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

const DEFAULT_MESSAGES: Record<number, string> = {
  400: "Request contains an invalid argument.",
  401: "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
  403: "The caller does not have permission",
  404: "Requested entity was not found.",
  429: "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service 'mybusiness.googleapis.com'.",
  500: "Internal error encountered.",
  503: "The service is currently unavailable.",
  504: "The request timed out.",
};

export function googleStatusName(code: number): string {
  return STATUS_NAMES[code] ?? (code >= 500 ? "INTERNAL" : "FAILED_PRECONDITION");
}

export function sendGoogleError(
  res: ServerResponse,
  code: number,
  message?: string,
  headers: Record<string, string> = {},
): void {
  const body = {
    error: { code, message: message ?? DEFAULT_MESSAGES[code] ?? "Error", status: googleStatusName(code) },
  };
  sendJson(res, code, body, headers);
}
