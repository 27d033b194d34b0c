import { TokenStore, type IssuedToken } from "../token-store";
import { buildExpediaSeed, composeReview } from "./seed";
import { RATING_SCALE, type ExpediaClient, type ExpediaProperty, type ExpediaReview, type LocalizedString, type OwnerResponse, type ReviewBrand } from "./types";

// In-memory state of the Expedia simulator. Every change goes through one method here and is announced
// through `onChange`, so notifications (Expedia's webhooks) can be added in one place later.
// reset() restores the seed in place, so references stay valid.

export type ExpediaChange =
  | { type: "GuestReviewSubmitted" | "ReviewUpdated" | "ReviewDeleted"; propertyId: string; review: ExpediaReview }
  | {
      type: "ResponseSubmitted" | "ReviewsManagementResponseApproved" | "ReviewsManagementResponseRejected";
      propertyId: string;
      review: ExpediaReview;
      response: OwnerResponse;
    };

export interface ExpediaStateOptions {
  baseDate: Date;
  now: () => Date;
  tokenTtlSeconds: number;
  onChange?: (change: ExpediaChange) => void;
}

export type { IssuedToken } from "../token-store";

export interface NewReviewInput {
  propertyId: string;
  firstName?: string;
  lastName?: string;
  locale?: string;
  /** 1..10 */
  overall: number;
  title?: string | null;
  /** "" or absent: ratings only. */
  body?: string;
  createdDateTime?: string;
  brand?: ReviewBrand;
}

export interface ReviewPatch {
  title?: string | null;
  body?: string;
  overall?: number;
  lastUpdatedDateTime?: string;
}

export class ExpediaState {
  readonly properties = new Map<string, ExpediaProperty>();
  readonly clients: ExpediaClient[] = [];
  readonly tokens: TokenStore;
  tokenTtlSeconds: number;
  private added = 0;

  constructor(private readonly options: ExpediaStateOptions) {
    this.tokens = new TokenStore("eg.sandbox.", options.now);
    this.tokenTtlSeconds = options.tokenTtlSeconds;
    this.reset();
  }

  reset(): void {
    const seed = buildExpediaSeed(this.options.baseDate);
    this.properties.clear();
    seed.properties.forEach((p) => this.properties.set(p.id, p));
    this.clients.splice(0, this.clients.length, ...seed.clients);
    this.tokens.clear();
    this.tokenTtlSeconds = this.options.tokenTtlSeconds;
    this.added = 0;
  }

  nowIso(): string {
    return this.options.now().toISOString();
  }

  /** Now, but strictly after `previous`, so an edit always moves lastUpdatedDateTime forward. */
  private after(previous: string): string {
    return new Date(Math.max(this.options.now().getTime(), Date.parse(previous) + 1)).toISOString();
  }

  private changed(change: ExpediaChange): void {
    this.options.onChange?.(change);
  }

  findReview(reviewId: string): { property: ExpediaProperty; review: ExpediaReview } | undefined {
    for (const property of this.properties.values()) {
      const review = property.reviews.find((r) => r.id === reviewId);
      if (review) return { property, review };
    }
    return undefined;
  }

  addReview(input: NewReviewInput): ExpediaReview {
    const property = this.properties.get(input.propertyId);
    if (!property) throw new Error(`unknown property ${input.propertyId}`);
    this.added += 1;
    const review = composeReview({
      propertyId: property.id,
      seed: `${property.id}#added-${this.added}-${this.nowIso()}`,
      firstName: input.firstName ?? "Guest",
      lastName: input.lastName ?? "",
      locale: input.locale ?? "en-US",
      overall: input.overall,
      title: input.title ?? null,
      body: input.body ?? "",
      createdDateTime: input.createdDateTime ?? this.nowIso(),
      ...(input.brand ? { brand: input.brand } : {}),
    });
    property.reviews.push(review);
    this.changed({ type: "GuestReviewSubmitted", propertyId: property.id, review });
    return review;
  }

  editReview(reviewId: string, patch: ReviewPatch): ExpediaReview | undefined {
    const found = this.findReview(reviewId);
    if (!found) return undefined;
    const { review } = found;
    const locale = review.body.locale;
    if (patch.title === null || patch.title === "") review.title = null;
    else if (patch.title !== undefined) review.title = { locale, value: patch.title };
    if (patch.body !== undefined) review.body = { locale, value: patch.body };
    if (patch.overall !== undefined) {
      // Category ratings move with the overall one, as a guest revising their opinion would.
      const old = Number(review.starRatings.find((r) => r.category === "overall")?.value ?? patch.overall);
      const delta = patch.overall - old;
      review.starRatings = review.starRatings.map((r) => ({
        category: r.category,
        value: String(r.category === "overall" ? patch.overall : Math.min(RATING_SCALE, Math.max(1, Number(r.value) + delta))),
      }));
    }
    review.lastUpdatedDateTime = patch.lastUpdatedDateTime ?? this.after(review.lastUpdatedDateTime);
    this.changed({ type: "ReviewUpdated", propertyId: found.property.id, review });
    return review;
  }

  deleteReview(reviewId: string): ExpediaReview | undefined {
    const found = this.findReview(reviewId);
    if (!found) return undefined;
    found.property.reviews.splice(found.property.reviews.indexOf(found.review), 1);
    this.changed({ type: "ReviewDeleted", propertyId: found.property.id, review: found.review });
    return found.review;
  }

  /** Creates or replaces the property's response; it waits for moderation. The review's own times stay. */
  setResponse(reviewId: string, body: LocalizedString): OwnerResponse | undefined {
    const found = this.findReview(reviewId);
    if (!found) return undefined;
    const at = this.nowIso();
    const response: OwnerResponse = { body: { ...body }, status: "PENDING", createdDateTime: at, lastUpdatedDateTime: at };
    found.review.response = response;
    this.changed({ type: "ResponseSubmitted", propertyId: found.property.id, review: found.review, response });
    return response;
  }

  /**
   * Approves or rejects the pending response. With `only`, nothing happens unless that exact response
   * is still the pending one (a moderation timer must not decide on a response that replaced it).
   */
  moderate(reviewId: string, decision: "APPROVED" | "REJECTED", only?: OwnerResponse): OwnerResponse | undefined {
    const found = this.findReview(reviewId);
    const response = found?.review.response;
    if (!found || !response || response.status !== "PENDING" || (only && response !== only)) return undefined;
    response.status = decision;
    response.lastUpdatedDateTime = this.after(response.lastUpdatedDateTime);
    this.changed({
      type: decision === "APPROVED" ? "ReviewsManagementResponseApproved" : "ReviewsManagementResponseRejected",
      propertyId: found.property.id,
      review: found.review,
      response,
    });
    return response;
  }

  client(clientId: string): ExpediaClient | undefined {
    return this.clients.find((c) => c.clientId === clientId);
  }

  issueToken(clientId: string): IssuedToken {
    return this.tokens.issue(clientId, this.tokenTtlSeconds);
  }

  verifyToken(accessToken: string): IssuedToken | undefined {
    return this.tokens.verify(accessToken);
  }

  /** Invalidates every issued access token. */
  revokeTokens(): number {
    return this.tokens.revokeAll();
  }
}
