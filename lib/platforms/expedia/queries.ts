// The GraphQL documents Lobby sends to Expedia's Lodging Supply API (field names from Expedia's schema).

const RESPONSE_FIELDS = "body { locale value } status createdDateTime lastUpdatedDateTime";

export const LIST_REVIEWS = /* GraphQL */ `
  query LobbyReviews($propertyId: String!, $pageSize: Int!, $after: String, $filter: ReviewFilter) {
    property(id: $propertyId, idSource: EXPEDIA) {
      reviews(pageSize: $pageSize, after: $after, filter: $filter, orderBy: { lastUpdatedDateTime: ASC }) {
        cursor
        reviews {
          id source createdDateTime lastUpdatedDateTime isEligibleForResponse brandNameV2
          title { locale value }
          body { locale value }
          starRatings { category value }
          reservation { reservationIds { id idSource } primaryGuest { firstName lastName } }
          response { ${RESPONSE_FIELDS} }
        }
      }
    }
  }
`;

export const READ_REVIEW = /* GraphQL */ `
  query LobbyReview($propertyId: String!, $reviewId: String!) {
    property(id: $propertyId, idSource: EXPEDIA) {
      reviews(pageSize: 1, filter: { reviewId: $reviewId }) {
        reviews { id isEligibleForResponse body { locale } response { ${RESPONSE_FIELDS} } }
      }
    }
  }
`;

export const SET_REVIEW_RESPONSE = /* GraphQL */ `
  mutation LobbyReviewResponse($propertyId: ID!, $reviewId: ID!, $body: InputLocalizedString!) {
    setReviewResponse(propertyId: $propertyId, propertyIdSource: EXPEDIA, reviewId: $reviewId, body: $body) {
      createdDateTime status body { locale value }
    }
  }
`;
