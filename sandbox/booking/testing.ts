import type { SandboxOptions } from "../app";
import { startSandbox, type RunningSandbox } from "../testing";
import type { BookingPlatformOptions } from "./platform";
import { BOOKING_SANDBOX_CREDENTIALS, BOOKING_SANDBOX_PROPERTIES } from "./seed";
import type { BookingReview } from "./types";

// Test helpers for the Booking part of the sandbox: a sandbox with Booking options, a Basic-auth client.

export const LISBON_ID = BOOKING_SANDBOX_PROPERTIES.lisbon.id;
export const MUNICH_ID = BOOKING_SANDBOX_PROPERTIES.munich.id;

export type WireReview = BookingReview & { url: string };

export interface ListBody {
  errors: unknown[];
  warnings: unknown[];
  meta: { ruid: string; next_page?: string };
  data: { reviews: WireReview[] };
}

export function basicAuth(credentials: { username: string; password: string } = BOOKING_SANDBOX_CREDENTIALS): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}

export interface RunningBookingSandbox extends RunningSandbox {
  /** Calls the Guest Review API as the demo machine account unless `auth` is given (null: no header). */
  booking(path: string, init?: RequestInit & { auth?: string | null }): Promise<Response>;
  /** Every review of a property in feed order (oldest change first), read behind the API. */
  reviews(propertyId?: string): WireReview[];
}

export async function startBookingSandbox(options: SandboxOptions & BookingPlatformOptions = {}): Promise<RunningBookingSandbox> {
  const sb = await startSandbox(options);
  return {
    ...sb,
    booking(path, init = {}) {
      const { auth, headers, ...rest } = init;
      const h = new Headers(headers);
      if (rest.body !== undefined && !h.has("content-type")) h.set("content-type", "application/json");
      const header = auth === undefined ? basicAuth() : auth;
      if (header !== null) h.set("authorization", header);
      return fetch(path.startsWith("http") ? path : `${sb.url}${path}`, { ...rest, headers: h });
    },
    reviews(propertyId = LISBON_ID) {
      return sb.sandbox.state.booking.feed(propertyId).map((s) => ({ ...s.review, url: `${sb.url}/review-api/properties/${propertyId}/reviews/${s.review.review_id}` }));
    },
  };
}

/** Follows next_page until an empty page, as Booking documents; returns every page's body. */
export async function walkPages(sb: RunningBookingSandbox, firstPath: string): Promise<ListBody[]> {
  const pages: ListBody[] = [];
  let url: string | undefined = firstPath;
  for (let i = 0; url && i < 100; i++) {
    const res = await sb.booking(url);
    if (res.status !== 200) throw new Error(`list answered ${res.status}`);
    const body = (await res.json()) as ListBody;
    pages.push(body);
    if (body.data.reviews.length === 0) break;
    url = body.meta.next_page;
  }
  return pages;
}
