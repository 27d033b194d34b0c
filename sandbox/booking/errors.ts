import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { sendJson } from "../http";

// Booking.com's envelope: { errors, warnings, meta: { ruid }, data }. Errors carry Booking's OTA
// error codes (320 invalid value, 450 unable to process, 497 authorization, 448 system error, ...);
// which code this API uses for which case is (unconfirmed).

export const BOOKING_ERROR_CODES = {
  invalidValue: 320,
  systemError: 448,
  unableToProcess: 450,
  authorization: 497,
  dataNotFound: 635,
  notApplicable: 1900,
  /** (unconfirmed) Booking documents 429 but no OTA code for it. */
  tooManyRequests: 429,
} as const;

const DEFAULTS: Record<number, { code: number; message: string }> = {
  400: { code: BOOKING_ERROR_CODES.invalidValue, message: "Invalid value" },
  401: { code: BOOKING_ERROR_CODES.authorization, message: "Access denied" },
  403: { code: BOOKING_ERROR_CODES.authorization, message: "This account doesn't have access to this property" },
  404: { code: BOOKING_ERROR_CODES.dataNotFound, message: "Data not found" },
  409: { code: BOOKING_ERROR_CODES.notApplicable, message: "Not applicable to resource" },
  413: { code: BOOKING_ERROR_CODES.unableToProcess, message: "Unable to process: request body too large" },
  429: { code: BOOKING_ERROR_CODES.tooManyRequests, message: "Too many requests: the request limit for this machine account was reached" },
};

/** Booking's request id, echoed in every answer so support can trace a call. */
export function ruid(): string {
  return randomBytes(60).toString("base64");
}

export function sendBookingError(
  res: ServerResponse,
  status: number,
  message?: string,
  headers: Record<string, string> = {},
  code?: number,
): void {
  const fallback = DEFAULTS[status] ?? { code: BOOKING_ERROR_CODES.systemError, message: status >= 500 ? "System error" : "Unable to process" };
  sendJson(
    res,
    status,
    { errors: [{ code: code ?? fallback.code, message: message ?? fallback.message }], warnings: [], meta: { ruid: ruid() } },
    headers,
  );
}

/** A successful answer; `data` is left out for writes, which answer with the bare envelope. */
export function sendBookingData(res: ServerResponse, status: number, data?: unknown, meta: Record<string, unknown> = {}): void {
  sendJson(res, status, { errors: [], warnings: [], meta: { ruid: ruid(), ...meta }, ...(data === undefined ? {} : { data }) });
}
