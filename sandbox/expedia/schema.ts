import { buildSchema } from "graphql";

// The part of Expedia's Lodging Supply GraphQL schema that reviews use, with Expedia's own type and field
// names (Query.property, Property.reviews -> ReviewResponse, Mutation.setReviewResponse with top-level
// arguments). Queries are parsed and validated against it, so a client asking for a field Expedia does
// not have fails here as it would there.

export const EXPEDIA_SDL = /* GraphQL */ `
  scalar Locale
  scalar LocalDate

  enum IdSource { EXPEDIA SUPPLIER VRBO }
  enum SortOrder { ASC DESC }
  enum ReviewBrand { EXPEDIA HOTELS TRAVELOCITY ORBITZ CHEAP_TICKETS WOTIF EBOOKERS MR_JET LASTMINUTE VRBO HOTWIRE OTHER }

  type Query {
    property(id: String!, idSource: IdSource): Property
  }

  type Mutation {
    "Partner/Owner submits a response to a traveler review"
    setReviewResponse(propertyId: ID!, propertyIdSource: IdSource!, reviewId: ID!, body: InputLocalizedString!): UpdatedReviewResponse!
  }

  type IdNode { id: ID idSource: IdSource! }
  type LocalizedString { locale: Locale! value: String! }
  input InputLocalizedString { value: String! locale: String! }

  type Property {
    id: ID!
    name: String!
    ids: [IdNode!]!
    reviews(pageSize: Int!, filter: ReviewFilter, orderBy: ReviewsOrderBy, after: String): ReviewResponse!
  }

  type ReviewResponse {
    totalCount: Int!
    "The next page cursor; empty when there are no more pages"
    cursor: String
    reviews: [Review]!
  }

  type Review {
    id: ID!
    status: String!
    source: String
    createdDateTime: String!
    lastUpdatedDateTime: String!
    title: LocalizedString
    body: LocalizedString!
    isEligibleForResponse: Boolean
    response: OwnerResponse
    starRatings: [Rating]!
    reservation: ReviewReservation
    propertyId: [IdNode]
    brandName: String @deprecated(reason: "Use the new brandNameV2 field instead.")
    brandNameV2: ReviewBrand
    media: ReviewMedia
  }

  type OwnerResponse { body: LocalizedString! status: String! createdDateTime: String! lastUpdatedDateTime: String! }
  type UpdatedReviewResponse { body: LocalizedString! status: String! createdDateTime: String! }
  type Rating { category: String! value: String! }
  type ReviewGuest { firstName: String! lastName: String! }
  type ReviewMedia { caption: LocalizedString thumbnailUrl: String highResolutionUrl: String }
  type ReviewReservation {
    reservationIds: [IdNode!]!
    checkInDate: LocalDate
    checkOutDate: LocalDate
    status: String
    primaryGuest: ReviewGuest
  }

  input DateInput { from: LocalDate! to: LocalDate! }
  input ReviewReservationIdNodeInput { id: ID! idSource: IdSource! }
  input ReviewReservationFilterInput { reservationIds: [ReviewReservationIdNodeInput!] }
  input ReviewFilter {
    reviewId: String
    reservation: ReviewReservationFilterInput
    createdDate: DateInput
    updatedDate: DateInput
    source: String
    hasOwnerResponse: Boolean
    brandNames: [ReviewBrand!]
  }
  input ReviewsOrderBy {
    createdDateTime: SortOrder
    lastUpdatedDateTime: SortOrder
    reservationCheckInDate: SortOrder
    reservationCheckOutDate: SortOrder
    ownerResponseCreatedDateTime: SortOrder
    ownerResponseLastUpdatedDateTime: SortOrder
  }
`;

export const expediaSchema = buildSchema(EXPEDIA_SDL);
