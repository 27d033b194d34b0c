import type { ServerResponse } from "node:http";
import { sendJson } from "../http";

// Tripadvisor's error envelope: { error: { message, type, code } } (the Content API's documented shape).
// The type names below follow the API gateway's wording (unconfirmed); code is the HTTP status (unconfirmed).

const TYPES: Record<number, string> = {
  400: "InvalidParameterException",
  401: "UnauthorizedException",
  403: "AccessDeniedException",
  404: "NotFoundException",
  405: "MethodNotAllowedException",
  409: "ConflictException",
  413: "RequestTooLargeException",
  429: "TooManyRequestsException",
  500: "InternalServerErrorException",
  502: "BadGatewayException",
  503: "ServiceUnavailableException",
  504: "GatewayTimeoutException",
};

const DEFAULT_MESSAGES: Record<number, string> = {
  400: "Invalid request parameters",
  401: "Missing API key",
  403: "This API key is not authorized to access this resource",
  404: "Resource not found",
  429: "Rate limit exceeded",
  500: "Internal server error",
  502: "Bad gateway",
  503: "Service temporarily unavailable",
  504: "Gateway timeout",
};

export function tripadvisorErrorType(status: number): string {
  return TYPES[status] ?? (status >= 500 ? "InternalServerErrorException" : "BadRequestException");
}

export function sendTripadvisorError(
  res: ServerResponse,
  status: number,
  message?: string,
  headers: Record<string, string> = {},
): void {
  const body = { error: { message: message ?? DEFAULT_MESSAGES[status] ?? "Error", type: tripadvisorErrorType(status), code: status } };
  sendJson(res, status, body, headers);
}
