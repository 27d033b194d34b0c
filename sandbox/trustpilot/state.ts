import { randomBytes } from "node:crypto";
import { AuthorizationCodes } from "../authorization-codes";
import { buildTrustpilotSeed, businessUnitRef, makeTrustpilotId, trustpilotTime } from "./seed";
import type { TrustpilotChange } from "./webhooks";
import type {
  Stars,
  TrustpilotApplication,
  TrustpilotBusinessUnit,
  TrustpilotBusinessUser,
  TrustpilotCompanyReply,
  TrustpilotReview,
} from "./types";

// In-memory state of the Trustpilot simulator. reset() restores the seed in place, so references stay valid.

export interface TrustpilotStateOptions {
  baseDate: Date;
  now: () => Date;
  /** Trustpilot's access tokens live 100 hours. */
  accessTokenTtlSeconds: number;
  /** ... and its refresh tokens 30 days. */
  refreshTokenTtlSeconds: number;
  /** Told about every review created, revised or deleted and every company reply (Trustpilot's webhooks). */
  onChange?: (change: TrustpilotChange) => void;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  apiKey: string;
  userId: string;
  issuedAt: number;
  accessExpiresAt: number;
  refreshExpiresAt: number;
}

export interface NewReviewInput {
  businessUnitId: string;
  consumerName?: string;
  stars: Stars;
  title?: string;
  text: string;
  language?: string;
  createdAt?: string;
}

export interface ReviewPatch {
  stars?: Stars;
  title?: string;
  text?: string;
  updatedAt?: string;
}

export type AccessCheck = { ok: true; tokens: IssuedTokens } | { ok: false; reason: "unknown" | "expired" };

export class TrustpilotState {
  readonly businessUnits = new Map<string, TrustpilotBusinessUnit>();
  readonly applications: TrustpilotApplication[] = [];
  readonly users: TrustpilotBusinessUser[] = [];
  private readonly accessTokens = new Map<string, IssuedTokens>();
  private readonly refreshTokens = new Map<string, IssuedTokens>();
  /** Codes handed out by the authorize page (authorization-code grant); the subject is the business user id. */
  readonly codes: AuthorizationCodes;
  private added = 0;

  constructor(private readonly options: TrustpilotStateOptions) {
    this.codes = new AuthorizationCodes(() => options.now().getTime());
    this.reset();
  }

  reset(): void {
    const seed = buildTrustpilotSeed(this.options.baseDate);
    this.businessUnits.clear();
    seed.businessUnits.forEach((u) => this.businessUnits.set(u.id, u));
    this.applications.splice(0, this.applications.length, ...seed.applications);
    this.users.splice(0, this.users.length, ...seed.users);
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.codes.clear();
    this.added = 0;
  }

  nowMs(): number {
    return this.options.now().getTime();
  }

  nowIso(): string {
    return trustpilotTime(this.nowMs());
  }

  get accessTokenTtlSeconds(): number {
    return this.options.accessTokenTtlSeconds;
  }

  get refreshTokenTtlSeconds(): number {
    return this.options.refreshTokenTtlSeconds;
  }

  findReview(reviewId: string): { unit: TrustpilotBusinessUnit; review: TrustpilotReview } | undefined {
    for (const unit of this.businessUnits.values()) {
      const review = unit.reviews.find((r) => r.id === reviewId);
      if (review) return { unit, review };
    }
    return undefined;
  }

  addReview(input: NewReviewInput): TrustpilotReview {
    const unit = this.businessUnits.get(input.businessUnitId);
    if (!unit) throw new Error(`unknown business unit ${input.businessUnitId}`);
    this.added += 1;
    const name = input.consumerName ?? "Trustpilot Customer";
    const createdAt = input.createdAt ?? this.nowIso();
    const review: TrustpilotReview = {
      id: makeTrustpilotId(`${unit.id}#added-${this.added}-${createdAt}`),
      consumer: { id: makeTrustpilotId(`consumer:${name}`), displayName: name, displayLocation: null, numberOfReviews: 1 },
      businessUnit: businessUnitRef(unit),
      stars: input.stars,
      // Trustpilot asks for a headline; the consumer's first words stand in when none is given.
      title: input.title ?? input.text.split(/[.!?\n]/)[0]?.slice(0, 60).trim() ?? "",
      text: input.text,
      language: input.language ?? "en",
      createdAt,
      updatedAt: null,
      experiencedAt: null,
      referenceId: null,
      referralEmail: null,
      isVerified: false,
      numberOfLikes: 0,
      status: "active",
      companyReply: null,
    };
    unit.reviews.push(review);
    this.options.onChange?.({ type: "created", review });
    return review;
  }

  /** The consumer edits the review: its updatedAt moves, its createdAt (and place in the list) does not. */
  editReview(reviewId: string, patch: ReviewPatch): TrustpilotReview | undefined {
    const found = this.findReview(reviewId);
    if (!found) return undefined;
    const { review } = found;
    if (patch.stars !== undefined) review.stars = patch.stars;
    if (patch.title !== undefined) review.title = patch.title;
    if (patch.text !== undefined) review.text = patch.text;
    review.updatedAt = patch.updatedAt ?? this.nowIso();
    this.options.onChange?.({ type: "revised", review });
    return review;
  }

  deleteReview(reviewId: string): boolean {
    const found = this.findReview(reviewId);
    if (!found) return false;
    found.unit.reviews.splice(found.unit.reviews.indexOf(found.review), 1);
    this.options.onChange?.({ type: "deleted", review: found.review });
    return true;
  }

  /** Creates or replaces the company's reply; replacing keeps createdAt and sets updatedAt (unconfirmed). */
  putReply(review: TrustpilotReview, text: string, author: TrustpilotBusinessUser): TrustpilotCompanyReply {
    const now = this.nowIso();
    const previous = review.companyReply;
    review.companyReply = {
      text,
      authorBusinessUserId: author.id,
      authorBusinessUserName: author.name,
      createdAt: previous?.createdAt ?? now,
      updatedAt: previous ? now : null,
    };
    this.options.onChange?.({ type: "replied", review });
    return { ...review.companyReply };
  }

  deleteReply(review: TrustpilotReview): void {
    review.companyReply = null;
  }

  application(apiKey: string): TrustpilotApplication | undefined {
    return this.applications.find((a) => a.apiKey === apiKey);
  }

  userByLogin(username: string, password: string): TrustpilotBusinessUser | undefined {
    return this.users.find((u) => u.username.toLowerCase() === username.toLowerCase() && u.password === password);
  }

  user(id: string): TrustpilotBusinessUser | undefined {
    return this.users.find((u) => u.id === id);
  }

  issueTokens(apiKey: string, userId: string): IssuedTokens {
    const now = this.nowMs();
    const issued: IssuedTokens = {
      accessToken: randomBytes(21).toString("base64url"),
      refreshToken: randomBytes(24).toString("base64url"),
      apiKey,
      userId,
      issuedAt: now,
      accessExpiresAt: now + this.options.accessTokenTtlSeconds * 1000,
      refreshExpiresAt: now + this.options.refreshTokenTtlSeconds * 1000,
    };
    this.accessTokens.set(issued.accessToken, issued);
    this.refreshTokens.set(issued.refreshToken, issued);
    return issued;
  }

  /**
   * Exchanges a refresh token for new tokens. The refresh token rotates: the old one stops working
   * (unconfirmed; integrators report it), so two clients sharing one break each other.
   */
  refresh(apiKey: string, refreshToken: string): IssuedTokens | undefined {
    const previous = this.refreshTokens.get(refreshToken);
    if (!previous || previous.apiKey !== apiKey) return undefined;
    this.refreshTokens.delete(refreshToken);
    if (previous.refreshExpiresAt <= this.nowMs()) return undefined;
    return this.issueTokens(apiKey, previous.userId);
  }

  checkAccessToken(accessToken: string): AccessCheck {
    const issued = this.accessTokens.get(accessToken);
    if (!issued) return { ok: false, reason: "unknown" };
    if (issued.accessExpiresAt <= this.nowMs()) return { ok: false, reason: "expired" };
    return { ok: true, tokens: issued };
  }

  /** Invalidates every issued access token (refresh tokens keep working). */
  revokeAccessTokens(): number {
    const n = this.accessTokens.size;
    this.accessTokens.clear();
    return n;
  }
}
