import type { SandboxOptions } from "../app";
import { startSandbox, type RunningSandbox } from "../testing";
import type { ExpediaSandboxOptions } from "./index";
import { EXPEDIA_SANDBOX_CLIENT_ID, EXPEDIA_SANDBOX_CLIENT_SECRET, EXPEDIA_SANDBOX_PROPERTIES } from "./seed";
import type { ExpediaReview } from "./types";

// Test helpers for the Expedia simulator: a sandbox on an ephemeral port and a small GraphQL client.

export const LISBON = EXPEDIA_SANDBOX_PROPERTIES.lisbon.id;
export const MUNICH = EXPEDIA_SANDBOX_PROPERTIES.munich.id;

export const REVIEW_FIELDS = /* GraphQL */ `
  id status source createdDateTime lastUpdatedDateTime isEligibleForResponse brandNameV2
  title { locale value }
  body { locale value }
  starRatings { category value }
  reservation { reservationIds { id idSource } checkInDate checkOutDate primaryGuest { firstName lastName } }
  response { body { locale value } status createdDateTime lastUpdatedDateTime }
`;

export const REVIEWS_QUERY = /* GraphQL */ `
  query Reviews($id: String!, $pageSize: Int!, $after: String, $filter: ReviewFilter, $orderBy: ReviewsOrderBy) {
    property(id: $id, idSource: EXPEDIA) {
      reviews(pageSize: $pageSize, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount cursor reviews { ${REVIEW_FIELDS} }
      }
    }
  }
`;

export const SET_RESPONSE_MUTATION = /* GraphQL */ `
  mutation Respond($propertyId: ID!, $reviewId: ID!, $value: String!, $locale: String!) {
    setReviewResponse(propertyId: $propertyId, propertyIdSource: EXPEDIA, reviewId: $reviewId, body: { value: $value, locale: $locale }) {
      createdDateTime status body { locale value }
    }
  }
`;

export interface GraphQLAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}

export interface ReviewsData {
  property: { reviews: { totalCount: number; cursor: string | null; reviews: ExpediaReview[] } } | null;
}

export interface RunningExpedia extends RunningSandbox {
  /** Issues an access token (the demo client unless other credentials are given). */
  expediaToken(clientId?: string, clientSecret?: string): Promise<string>;
  /** POSTs a GraphQL request with the demo client's (cached) token unless `auth` is given (null: none). */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>, auth?: string | null): Promise<GraphQLAnswer<T>>;
}

export async function startExpediaSandbox(options: SandboxOptions & ExpediaSandboxOptions = {}): Promise<RunningExpedia> {
  const running = await startSandbox(options);
  let cached: string | null = null;

  const expediaToken = async (clientId = EXPEDIA_SANDBOX_CLIENT_ID, clientSecret = EXPEDIA_SANDBOX_CLIENT_SECRET) => {
    const res = await fetch(`${running.url}/identity/oauth2/v3/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
      },
      body: "grant_type=client_credentials",
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    return ((await res.json()) as { access_token: string }).access_token;
  };

  const post = async (query: string, variables: Record<string, unknown>, token: string | null) => {
    const res = await fetch(`${running.url}/supply/lodging/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
  };

  return {
    ...running,
    expediaToken,
    async gql(query, variables = {}, auth) {
      if (auth !== undefined) return post(query, variables, auth);
      // Own token: fetch one when missing, and once more if a reset/revoke made it stale.
      cached ??= await expediaToken();
      const first = await post(query, variables, cached);
      if (first.status !== 401) return first;
      cached = await expediaToken();
      return post(query, variables, cached);
    },
  };
}
