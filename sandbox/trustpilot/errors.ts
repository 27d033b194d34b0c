import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { sendJson } from "../http";

// Trustpilot answers in two layers. Its API services use
//   { message, errorCode, details, correlationId }   (seen in the wild: 400 "The request was malformed", errorCode 1001)
// while the gateway in front of them (the token responses carry Apigee's fields: issued_at,
// refresh_token_status, app_enduser...) rejects bad tokens and over-quota callers with Apigee's
//   { fault: { faultstring, detail: { errorcode } } }                        (unconfirmed)
// and the OAuth endpoints with Apigee's { ErrorCode, Error }                 (unconfirmed).

/** errorCode per status; only 1001 (malformed request) has been seen in a real answer (the rest unconfirmed). */
const ERROR_CODES: Record<number, number> = {
  400: 1001,
  403: 1003,
  404: 1004,
  409: 1009,
  413: 1013,
  415: 1015,
  500: 1000,
  503: 1000,
};

const DEFAULT_MESSAGES: Record<number, string> = {
  400: "The request was malformed",
  403: "Access to the requested resource is forbidden",
  404: "The requested resource was not found",
  413: "The request is too large",
  415: "Unsupported media type",
  500: "An internal error occurred",
  502: "Bad gateway",
  503: "The service is temporarily unavailable",
  504: "Gateway timeout",
};

const GATEWAY_FAULTS: Record<number, { faultstring: string; errorcode: string }> = {
  401: { faultstring: "Invalid Access Token", errorcode: "keymanagement.service.invalid_access_token" },
  429: { faultstring: "Rate limit quota violation. Quota limit exceeded.", errorcode: "policies.ratelimit.QuotaViolation" },
};

/** An error from the API services, or (401, 429) from the gateway, each in its own shape. */
export function sendTrustpilotError(
  res: ServerResponse,
  status: number,
  message?: string,
  headers: Record<string, string> = {},
): void {
  const fault = GATEWAY_FAULTS[status];
  if (fault) return sendGatewayFault(res, status, message ?? fault.faultstring, fault.errorcode, headers);
  sendJson(
    res,
    status,
    {
      message: message ?? DEFAULT_MESSAGES[status] ?? (status >= 500 ? "An internal error occurred" : "The request could not be processed"),
      errorCode: ERROR_CODES[status] ?? (status >= 500 ? 1000 : 1001),
      details: "",
      correlationId: randomUUID(),
    },
    headers,
  );
}

export function sendGatewayFault(
  res: ServerResponse,
  status: number,
  faultstring: string,
  errorcode: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { fault: { faultstring, detail: { errorcode } } }, headers);
}

/** The token endpoints' error shape. */
export function sendOAuthError(res: ServerResponse, status: number, errorCode: string, error: string): void {
  sendJson(res, status, { ErrorCode: errorCode, Error: error });
}
