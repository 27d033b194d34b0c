import { randomBytes } from "node:crypto";
import { AuthorizationCodes } from "../authorization-codes";
import { TokenStore, type IssuedToken } from "../token-store";
import { anonymousReviewer, buildGoogleSeed, GOOGLE_SANDBOX_ACCOUNT, GOOGLE_SANDBOX_ACCOUNT_NAME, makeReviewId, profilePhotoUrl } from "./seed";
import type {
  GoogleLocation,
  GoogleOAuthClient,
  GoogleReview,
  GoogleReviewReply,
  StarRating,
} from "./types";

// In-memory state of the Google simulator. reset() restores the seed in place, so references stay valid.

export interface GoogleStateOptions {
  baseDate: Date;
  now: () => Date;
  tokenTtlSeconds: number;
  /** Told about every new or changed review (Google's Pub/Sub notifications). */
  onReviewChange?: (type: "NEW_REVIEW" | "UPDATED_REVIEW", review: GoogleReview) => void;
}

export type { IssuedToken } from "../token-store";

export interface NewReviewInput {
  locationName: string;
  reviewerName?: string;
  anonymous?: boolean;
  starRating: StarRating;
  comment?: string | null;
  createTime?: string;
}

export interface ReviewPatch {
  starRating?: StarRating;
  /** null removes the text (the guest kept only the rating). */
  comment?: string | null;
  updateTime?: string;
}

export class GoogleState {
  readonly accounts = new Set<string>();
  readonly locations = new Map<string, GoogleLocation>();
  readonly clients: GoogleOAuthClient[] = [];
  readonly tokens: TokenStore;
  /** Codes handed out by the consent page (authorization-code grant). */
  readonly codes: AuthorizationCodes;
  /** Refresh tokens issued for authorization codes, beside each client's seeded one: token -> client id. */
  private readonly grantedRefreshTokens = new Map<string, string>();
  private added = 0;

  constructor(private readonly options: GoogleStateOptions) {
    this.tokens = new TokenStore("ya29.sandbox.", options.now);
    this.codes = new AuthorizationCodes(() => options.now().getTime(), "4/0Ab");
    this.reset();
  }

  reset(): void {
    const seed = buildGoogleSeed(this.options.baseDate);
    this.accounts.clear();
    seed.accounts.forEach((a) => this.accounts.add(a));
    this.locations.clear();
    seed.locations.forEach((l) => this.locations.set(l.name, l));
    this.clients.splice(0, this.clients.length, ...seed.clients);
    this.tokens.clear();
    this.codes.clear();
    this.grantedRefreshTokens.clear();
    this.added = 0;
  }

  accountName(account: string): string {
    return account === GOOGLE_SANDBOX_ACCOUNT ? GOOGLE_SANDBOX_ACCOUNT_NAME : account;
  }

  /** A location added by a test or demo (kept until reset); the id is Google-like digits unless given. */
  addLocation(input: { locationId?: string; title: string; city: string }): GoogleLocation {
    let next = 2001 + this.locations.size;
    while (!input.locationId && this.locations.has(`${GOOGLE_SANDBOX_ACCOUNT}/locations/${next}`)) next++;
    const name = `${GOOGLE_SANDBOX_ACCOUNT}/locations/${input.locationId ?? next}`;
    if (this.locations.has(name)) throw new Error(`location ${name} exists`);
    const location: GoogleLocation = { name, title: input.title, city: input.city, reviews: [] };
    this.locations.set(name, location);
    return location;
  }

  nowIso(): string {
    return this.options.now().toISOString();
  }

  location(name: string): GoogleLocation | undefined {
    return this.locations.get(name);
  }

  findReview(reviewId: string): { location: GoogleLocation; review: GoogleReview } | undefined {
    for (const location of this.locations.values()) {
      const review = location.reviews.find((r) => r.reviewId === reviewId);
      if (review) return { location, review };
    }
    return undefined;
  }

  addReview(input: NewReviewInput): GoogleReview {
    const location = this.locations.get(input.locationName);
    if (!location) throw new Error(`unknown location ${input.locationName}`);
    this.added += 1;
    const reviewId = makeReviewId(`${location.name}#added-${this.added}-${this.nowIso()}`);
    const createTime = input.createTime ?? this.nowIso();
    const name = input.reviewerName ?? "A Google user";
    const review: GoogleReview = {
      name: `${location.name}/reviews/${reviewId}`,
      reviewId,
      reviewer: input.anonymous
        ? anonymousReviewer()
        : { displayName: name, profilePhotoUrl: profilePhotoUrl(name), isAnonymous: false },
      starRating: input.starRating,
      ...(input.comment ? { comment: input.comment } : {}),
      createTime,
      updateTime: createTime,
    };
    location.reviews.push(review);
    this.options.onReviewChange?.("NEW_REVIEW", review);
    return review;
  }

  editReview(reviewId: string, patch: ReviewPatch): GoogleReview | undefined {
    const found = this.findReview(reviewId);
    if (!found) return undefined;
    const { review } = found;
    if (patch.starRating !== undefined) review.starRating = patch.starRating;
    if (patch.comment === null) delete review.comment;
    else if (patch.comment !== undefined) review.comment = patch.comment;
    review.updateTime = patch.updateTime ?? this.nowIso();
    this.options.onReviewChange?.("UPDATED_REVIEW", review);
    return review;
  }

  /** Creates or replaces the owner's reply. The review's own updateTime stays as it is, like on Google. */
  /** The guest (or Google) removed the review: it disappears from every listing. */
  deleteReview(reviewId: string): boolean {
    const found = this.findReview(reviewId);
    if (!found) return false;
    found.location.reviews.splice(found.location.reviews.indexOf(found.review), 1);
    return true;
  }

  putReply(review: GoogleReview, comment: string): GoogleReviewReply {
    review.reviewReply = { comment, updateTime: this.nowIso() };
    return { ...review.reviewReply };
  }

  deleteReply(review: GoogleReview): void {
    delete review.reviewReply;
  }

  /** A new refresh token for the client, as the authorization-code grant issues one. */
  issueRefreshToken(clientId: string): string {
    const token = `1//0g${randomBytes(30).toString("base64url")}`;
    this.grantedRefreshTokens.set(token, clientId);
    return token;
  }

  /** The client's seeded refresh token, or one issued to it for an authorization code. */
  acceptsRefreshToken(client: GoogleOAuthClient, token: string): boolean {
    return token === client.refreshToken || this.grantedRefreshTokens.get(token) === client.clientId;
  }

  clientByCredentials(clientId: string): GoogleOAuthClient | undefined {
    return this.clients.find((c) => c.clientId === clientId);
  }

  issueToken(clientId: string): IssuedToken {
    return this.tokens.issue(clientId, this.options.tokenTtlSeconds);
  }

  get tokenTtlSeconds(): number {
    return this.options.tokenTtlSeconds;
  }

  verifyToken(accessToken: string): IssuedToken | undefined {
    return this.tokens.verify(accessToken);
  }

  /** Invalidates every issued access token (refresh tokens keep working). */
  revokeTokens(): number {
    return this.tokens.revokeAll();
  }
}
