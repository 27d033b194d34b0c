// Trustpilot Business API wire shapes, as the simulator stores and returns them.

export type Stars = 1 | 2 | 3 | 4 | 5;

export interface TrustpilotLink {
  href: string;
  method: "GET" | "POST" | "DELETE";
  rel: string;
}

export interface TrustpilotCompanyReply {
  text: string;
  authorBusinessUserId: string;
  authorBusinessUserName: string;
  createdAt: string;
  /** Set once the reply has been replaced (unconfirmed: null until then). */
  updatedAt: string | null;
}

export interface TrustpilotReview {
  /** 24 hex characters, like every Trustpilot id. */
  id: string;
  consumer: { id: string; displayName: string; displayLocation: string | null; numberOfReviews: number };
  businessUnit: { id: string; identifyingName: string; displayName: string };
  stars: Stars;
  title: string;
  text: string;
  /** ISO 639-1, as Trustpilot detects it. */
  language: string;
  createdAt: string;
  /** null until the consumer edits the review (unconfirmed). */
  updatedAt: string | null;
  experiencedAt: string | null;
  /** Private fields: only the business unit's own users see them. */
  referenceId: string | null;
  referralEmail: string | null;
  isVerified: boolean;
  numberOfLikes: number;
  status: "active";
  /** null when the business has not replied (unconfirmed: null rather than absent). */
  companyReply: TrustpilotCompanyReply | null;
}

export interface TrustpilotBusinessUnit {
  id: string;
  identifyingName: string;
  displayName: string;
  city: string;
  reviews: TrustpilotReview[];
}

/** An API application (key + secret) created in Trustpilot Business. */
export interface TrustpilotApplication {
  apiKey: string;
  apiSecret: string;
}

/** A Trustpilot Business login, with the business units it may act for. */
export interface TrustpilotBusinessUser {
  id: string;
  name: string;
  username: string;
  password: string;
  businessUnitIds: string[];
}
