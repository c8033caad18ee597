// Open alerts, most severe first then soonest (the API's order).
import { graphql } from '../generated/index';

export const boardAlertsQuery = graphql(`
  query BoardAlerts($first: Int!) {
    alerts(status: OPEN, first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          severity
          message
          cause
          awayStaff {
            id
            fullName
          }
          shift {
            id
            kind
            holders {
              id
              fullName
            }
          }
          startsAt
          endsAt
          openedAt
          acknowledgedAt
          acknowledgedBy {
            id
            fullName
          }
        }
      }
    }
  }
`);
